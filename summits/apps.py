from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SummitsConfig(AppConfig):
    name = "summits"
    verbose_name = _("Summit Timeline")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        # Cached public pages, and the filter form's stored counts, go stale when any
        # record they show is saved or deleted.
        from . import facets, pagecache

        pagecache.connect_signals()
        facets.connect_signals()
