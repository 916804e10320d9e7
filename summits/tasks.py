"""Background work (Django's tasks framework): big import batches from the admin.

Run the queue with `python manage.py db_worker` (`make run` starts one). Progress is read
from the articles themselves: they leave "queued" for "imported" or "failed" as each
batch of the import service commits."""
from django.tasks import task

from .importing import import_articles
from .models import Article, ImportStatus

# Small enough for the admin's progress page to move every second or so, big enough
# that a batch costs few queries per article.
BATCH_SIZE = 50


@task
def import_articles_in_background(article_ids):
    """Import the queued articles among `article_ids` (a transaction per batch; an
    article that fails is marked failed alone)."""
    articles = list(Article.objects.filter(pk__in=article_ids, import_status=ImportStatus.QUEUED).order_by("pk"))
    results = import_articles(articles, batch_size=BATCH_SIZE)
    failed = Article.objects.filter(pk__in=article_ids, import_status=ImportStatus.FAILED).count()
    return {"articles": len(results), "failed": failed}
