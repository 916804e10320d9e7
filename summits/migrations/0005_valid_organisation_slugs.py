"""0002 made slugs with short_name.lower(), which left a space in "imf-world bank": its
organisation page could not be reversed (a 500 on every page linking it). Slugify them."""
from django.db import migrations
from django.utils.text import slugify


def slugify_organisations(apps, schema_editor):
    Organisation = apps.get_model("summits", "Organisation")
    for organisation in Organisation.objects.all():
        wanted = slugify(organisation.slug) or slugify(organisation.short_name)
        if wanted and wanted != organisation.slug and not Organisation.objects.filter(slug=wanted).exists():
            organisation.slug = wanted
            organisation.save(update_fields=["slug"])


class Migration(migrations.Migration):
    dependencies = [("summits", "0004_article_import_counts_db_default")]
    operations = [migrations.RunPython(slugify_organisations, migrations.RunPython.noop)]
