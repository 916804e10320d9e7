"""Background work (Django's tasks framework): big import batches from the admin.

Run the queue with `python manage.py db_worker` (`make run` starts one). Progress is read
from the articles themselves: each leaves "queued" for "imported" or "failed" as the
import service finishes it."""
from django.tasks import task

from .importing import import_articles
from .models import Article, ImportStatus


@task
def import_articles_in_background(article_ids):
    """Import the queued articles among `article_ids` (one transaction each)."""
    articles = list(Article.objects.filter(pk__in=article_ids, import_status=ImportStatus.QUEUED).order_by("pk"))
    results = import_articles(articles)
    failed = Article.objects.filter(pk__in=article_ids, import_status=ImportStatus.FAILED).count()
    return {"articles": len(results), "failed": failed}
