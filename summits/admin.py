"""The editors' side: every record with its sources, conflicts and review status.

Saving a record in the admin marks it edited, which protects it from being overwritten
by later imports (they file a Conflict instead)."""
import logging
import uuid
from collections import Counter
from dataclasses import dataclass, field

from django.conf import settings
from django.contrib import admin, messages
from django.contrib.admin import helpers
from django.contrib.auth import get_permission_codename
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.db.models import CharField, Count, Exists, OuterRef, Prefetch, Q, Subquery, Value
from django.db.models.functions import Coalesce, NullIf, Substr
from django.http import Http404
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _, ngettext
from django_countries.filters import CountryFilter

from .forms import AddArticlesForm
from .importing import ImportInputError, add_article, import_articles, plan_import, take_back_conflicts, undo_import
from .models import (
    Alias, Article, Attendance, Conflict, Document, Evidence, ImportStatus, Meeting, Membership, Organisation,
    Participant, ReviewStatus, Summit, SummitCountry,
)
from .tasks import import_articles_in_background

logger = logging.getLogger(__name__)


class YearFilter(admin.SimpleListFilter):
    """Filter by the year an event starts in (date_hierarchy needs several clicks)."""

    title = _("year")
    parameter_name = "year"
    date_field = "start"

    def lookups(self, request, model_admin):
        dates = model_admin.get_queryset(request).dates(self.date_field, "year", order="DESC")
        return [(str(d.year), str(d.year)) for d in dates]

    def queryset(self, request, queryset):
        if self.value():
            return queryset.filter(**{f"{self.date_field}__year": self.value()})
        return queryset


def unresolved_conflicts_of(summit_ref):
    """Unresolved conflicts on a summit or on its meetings and documents."""
    return Conflict.objects.filter(resolved=False).filter(
        Q(summit=summit_ref) | Q(meeting__summit=summit_ref) | Q(document__summit=summit_ref)
    )


class UnresolvedConflictsFilter(admin.SimpleListFilter):
    """Summits an import disagreed with, waiting for an editor."""

    title = _("conflicts")
    parameter_name = "conflicts"

    def lookups(self, request, model_admin):
        return [("unresolved", _("unresolved conflicts")), ("none", _("no unresolved conflict"))]

    def queryset(self, request, queryset):
        pending = Exists(unresolved_conflicts_of(OuterRef("pk")))
        if self.value() == "unresolved":
            return queryset.filter(pending)
        if self.value() == "none":
            return queryset.exclude(pending)
        return queryset


class ConflictSummitFilter(admin.SimpleListFilter):
    """Conflicts of one summit, its meetings and documents (offered for the summits
    that have unresolved ones)."""

    title = _("summit")
    parameter_name = "summit"

    def lookups(self, request, model_admin):
        summits = Summit.objects.filter(Exists(unresolved_conflicts_of(OuterRef("pk")))).only("name")
        return [(str(summit.pk), summit.name) for summit in summits]

    def queryset(self, request, queryset):
        if not (self.value() or "").isdigit():
            return queryset
        pk = int(self.value())
        return queryset.filter(Q(summit=pk) | Q(meeting__summit=pk) | Q(document__summit=pk))


class ReviewedOnSaveMixin:
    """An editor's save vouches for the record: imports won't overwrite it."""

    def save_model(self, request, obj, form, change):
        if change and form.has_changed() and "review_status" not in form.changed_data:
            if obj.review_status == ReviewStatus.IMPORTED:
                obj.review_status = ReviewStatus.EDITED
        super().save_model(request, obj, form, change)


def byline(article) -> str:
    """Who wrote an article and who edited it: "Rina Adi; edited by Bayu Prasetyo"."""
    parts = [article.authors] if article.authors else []
    if article.editors:
        parts.append(_("edited by %(names)s") % {"names": article.editors})
    return "; ".join(str(part) for part in parts)


class EvidenceInline(admin.TabularInline):
    model = Evidence
    extra = 0
    fields = ["article", "byline_display", "field", "sentence"]
    readonly_fields = fields
    can_delete = False
    show_change_link = False

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("article")

    @admin.display(description=_("written by"))
    def byline_display(self, obj):
        return byline(obj.article) or "–"

    def has_add_permission(self, request, obj=None):
        return False


class ConflictSourcesMixin:
    """Conflicts listed with the articles stating them ("stated by"), by headline: their
    sources come in one more query for the page."""

    def get_queryset(self, request):
        articles = with_headline(Article.objects.order_by("pk"))
        return super().get_queryset(request).prefetch_related(Prefetch("sources", queryset=articles))

    @admin.display(description=_("stated by"))
    def sources_display(self, obj):
        return "; ".join(str(article.headline) for article in obj.sources.all()) or str(obj.article_id)


class ConflictInline(ConflictSourcesMixin, admin.TabularInline):
    model = Conflict
    extra = 0
    fields = ["field", "current_value", "proposed_value", "sentence", "sources_display", "resolved"]
    readonly_fields = ["field", "current_value", "proposed_value", "sentence", "sources_display"]

    def has_add_permission(self, request, obj=None):
        return False


class MembershipInline(admin.TabularInline):
    model = Membership
    extra = 1


@admin.register(Organisation)
class OrganisationAdmin(admin.ModelAdmin):
    list_display = ["short_name", "name_en", "name_id", "summit_count"]
    ordering = ["short_name"]  # annotated querysets drop Meta.ordering; autocomplete pages need one
    search_fields = ["short_name", "name_en", "name_id"]
    prepopulated_fields = {"slug": ["short_name"]}
    inlines = [MembershipInline]

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(summit_total=Count("summits"))

    @admin.display(description=_("summits"), ordering="summit_total")
    def summit_count(self, obj):
        return obj.summit_total


@admin.register(Membership)
class MembershipAdmin(admin.ModelAdmin):
    list_display = ["organisation", "country", "joined", "left"]
    list_filter = ["organisation", ("country", CountryFilter)]
    list_select_related = ["organisation"]


class MeetingInline(admin.TabularInline):
    model = Meeting
    extra = 0
    fields = ["name", "kind", "start", "start_precision", "end", "end_precision", "country", "city", "chair_country"]
    show_change_link = True


class DocumentInline(admin.TabularInline):
    model = Document
    extra = 0
    fields = ["title", "kind", "status", "date", "date_precision"]
    show_change_link = True


class AttendanceInline(admin.TabularInline):
    model = Attendance
    extra = 0
    fields = ["participant", "summit", "meeting", "role", "title"]
    autocomplete_fields = ["participant"]
    raw_id_fields = ["summit", "meeting"]


class SummitCountryInline(admin.TabularInline):
    model = SummitCountry
    extra = 0
    fields = ["country", "role"]
    readonly_fields = fields
    can_delete = False
    verbose_name_plural = _("countries involved (kept up to date automatically)")

    def has_add_permission(self, request, obj=None):
        return False


@admin.register(Summit)
class SummitAdmin(ReviewedOnSaveMixin, admin.ModelAdmin):
    list_display = ["name", "organisation", "ordinal", "period_display", "host_country", "city", "review_status",
                    "source_count", "conflict_count"]
    list_filter = [YearFilter, "organisation", ("host_country", CountryFilter), "mode", "review_status",
                   UnresolvedConflictsFilter]
    search_fields = ["name", "theme", "city", "venue"]
    date_hierarchy = "start"
    list_select_related = ["organisation"]
    autocomplete_fields = ["parent", "organisation"]
    prepopulated_fields = {"slug": ["name"]}
    ordering = ["start", "name", "pk"]  # annotated querysets drop Meta.ordering; autocomplete pages need one
    inlines = [MeetingInline, DocumentInline, AttendanceInline, SummitCountryInline, EvidenceInline, ConflictInline]
    fieldsets = [
        (None, {"fields": ["name", "slug", "organisation", "partners", "ordinal", "mode", "virtual", "parent", "review_status"]}),
        (_("When"), {"fields": [("start", "start_precision"), ("end", "end_precision")]}),
        (_("Where"), {"fields": ["host_country", "city", "venue", "chair_country", "theme"]}),
    ]

    def get_queryset(self, request):
        # A correlated count: joining conflicts beside evidence would multiply the rows.
        conflicts = unresolved_conflicts_of(OuterRef("pk")).order_by().values("resolved").annotate(n=Count("pk"))
        return super().get_queryset(request).annotate(
            sources=Count("evidence__article", distinct=True),
            open_conflicts=Coalesce(Subquery(conflicts.values("n")), 0),
        )

    @admin.display(description=_("dates"), ordering="start")
    def period_display(self, obj):
        return obj.period_display

    @admin.display(description=_("sources"), ordering="sources")
    def source_count(self, obj):
        return obj.sources

    @admin.display(description=_("unresolved conflicts"), ordering="open_conflicts")
    def conflict_count(self, obj):
        if not obj.open_conflicts:
            return "0"
        url = reverse("admin:summits_conflict_changelist") + f"?resolved__exact=0&summit={obj.pk}"
        return format_html('<a href="{}" class="summits-conflicts">{}</a>', url, obj.open_conflicts)

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        form.instance.refresh_countries()


@admin.register(Meeting)
class MeetingAdmin(ReviewedOnSaveMixin, admin.ModelAdmin):
    list_display = ["name", "kind", "summit", "period_display", "country", "city", "review_status"]
    list_filter = [YearFilter, "kind", ("country", CountryFilter), "summit__organisation", "review_status"]
    search_fields = ["name", "city", "venue", "summit__name"]
    date_hierarchy = "start"
    list_select_related = ["summit"]
    autocomplete_fields = ["summit"]
    inlines = [AttendanceInline, EvidenceInline, ConflictInline]

    @admin.display(description=_("dates"), ordering="start")
    def period_display(self, obj):
        return obj.period_display

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        if form.instance.summit_id:
            form.instance.summit.refresh_countries()


class AliasInline(admin.TabularInline):
    model = Alias
    extra = 1
    fields = ["name"]


@admin.register(Participant)
class ParticipantAdmin(ReviewedOnSaveMixin, admin.ModelAdmin):
    list_display = ["name", "title", "country", "organisation", "review_status"]
    list_filter = [("country", CountryFilter), "organisation", "review_status"]
    search_fields = ["name", "aliases__name", "title"]
    list_select_related = ["organisation"]
    prepopulated_fields = {"slug": ["name"]}
    inlines = [AliasInline, AttendanceInline]


@admin.register(Attendance)
class AttendanceAdmin(ReviewedOnSaveMixin, admin.ModelAdmin):
    list_display = ["participant", "summit", "meeting", "role", "title", "review_status"]
    list_filter = ["role", ("participant__country", CountryFilter), "summit__organisation", "review_status"]
    search_fields = ["participant__name", "summit__name", "meeting__name", "title"]
    list_select_related = ["participant", "summit", "meeting"]
    autocomplete_fields = ["participant", "summit"]
    raw_id_fields = ["meeting"]
    inlines = [EvidenceInline]


@admin.register(Document)
class DocumentAdmin(ReviewedOnSaveMixin, admin.ModelAdmin):
    list_display = ["title", "kind", "status", "summit", "date", "review_status"]
    list_filter = ["kind", "status", "summit__organisation", "review_status"]
    search_fields = ["title", "summit__name"]
    date_hierarchy = "date"
    list_select_related = ["summit"]
    autocomplete_fields = ["summit"]
    prepopulated_fields = {"slug": ["title"]}
    inlines = [EvidenceInline, ConflictInline]


# Importing writes these; an editor needs to add and change them to import, and to
# change and delete them to remove what articles imported.
IMPORT_WRITES = [Summit, Meeting, Participant, Attendance, Document, Evidence]
PERMISSION_VERBS = {"add": _("add"), "change": _("change"), "delete": _("delete")}
PREVIEW_LIMIT = 25  # articles previewed in full on the confirmation page; the rest are listed
BATCHES_KEY = "summits_import_batches"  # session: background batches the editor may follow


def lacking_permissions(user, verbs, models):
    """What `user` may not do among verbs × models, in words: ["add summit", ...]."""
    lacking = []
    for model in models:
        opts = model._meta
        for verb in verbs:
            if not user.has_perm(f"{opts.app_label}.{get_permission_codename(verb, opts)}"):
                lacking.append(f"{PERMISSION_VERBS[verb]} {opts.verbose_name}")
    return lacking


def with_headline(queryset):
    """Articles with a short display name, without loading their (possibly long) bodies."""
    return queryset.defer("body").annotate(
        headline=Coalesce(NullIf("title", Value("")), Substr("body", 1, 80), output_field=CharField())
    )


@dataclass(frozen=True)
class Headline:
    """An article where only its key and display name are needed."""

    pk: int
    text: str

    def __str__(self):
        return self.text


def some_titles(articles, limit=10):
    """Names a few articles in a message without flooding it: "A; B; C and 12 more"."""
    names = "; ".join(str(article) for article in articles[:limit])
    rest = len(articles) - limit
    if rest > 0:
        names += " " + ngettext("and %(count)d more", "and %(count)d more", rest) % {"count": rest}
    return names


ACTION_NAMES = {"create": _("new"), "merge": _("merge"), "conflict": _("conflict"), "unchanged": _("unchanged")}
KIND_MODELS = {"summit": Summit, "meeting": Meeting, "participant": Participant, "attendance": Attendance,
               "document": Document}


COUNTED_KINDS = ["summit", "meeting", "participant", "attendance", "document"]  # what Evidence can back


def kind_name(kind, count=1):
    model = KIND_MODELS.get(kind)
    if model is None:
        return kind
    return model._meta.verbose_name if count == 1 else model._meta.verbose_name_plural


def count_kinds(counter):
    """Counter({"summit": 1, "meeting": 4}) -> "1 summit, 4 meetings"."""
    order = {kind: n for n, kind in enumerate(COUNTED_KINDS)}
    items = sorted(counter.items(), key=lambda item: order.get(item[0], len(order)))
    return ", ".join(f"{n} {kind_name(kind, n)}" for kind, n in items if n)


@dataclass
class PreviewRow:
    """One planned change as the confirmation page shows it."""

    change: object
    action: str
    kind: str


@dataclass
class ArticlePreview:
    """What importing one article would do, or why it cannot be read."""

    article: Article
    rows: list
    error: str = ""
    warnings: list = field(default_factory=list)

    @classmethod
    def of(cls, article):
        try:
            plan = plan_import(article)
        except ImportInputError as error:
            return cls(article, [], str(error))
        except Exception:  # one unreadable article must not take the page down
            logger.exception("planning the import of article %s failed", article.pk)
            return cls(article, [], _("This article could not be read; the server log has the details."))
        rows = [PreviewRow(c, ACTION_NAMES.get(c.action, c.action), kind_name(c.kind)) for c in plan.changes]
        return cls(article, rows, plan.error, plan.warnings)

    def summary(self):
        """The page's overview of one article: "12 new, 3 merge, 1 conflict"."""
        counts = Counter(row.change.action for row in self.rows)
        return ", ".join(f"{counts[action]} {name}" for action, name in ACTION_NAMES.items() if counts[action])


def summarise_imports(results):
    """One line for many ImportResults: what was created and merged, conflicts filed."""
    created, merged = Counter(), Counter()
    for result in results:
        created.update(result.created)
        merged.update(result.merged)
    parts = []
    if +created:
        parts.append(_("created %(records)s") % {"records": count_kinds(created)})
    if +merged:
        parts.append(_("added as a source to %(records)s") % {"records": count_kinds(merged)})
    conflicts = sum(result.conflicts for result in results)
    if conflicts:
        parts.append(ngettext("%(count)d conflict to resolve", "%(count)d conflicts to resolve", conflicts)
                     % {"count": conflicts})
    return "; ".join(str(part) for part in parts) or _("nothing new")


def summarise_undo(result):
    parts = [ngettext("%(count)d piece of evidence removed", "%(count)d pieces of evidence removed",
                      result.evidence_removed) % {"count": result.evidence_removed}]
    if +result.removed:
        parts.append(_("deleted %(records)s") % {"records": count_kinds(result.removed)})
    if +result.kept:
        parts.append(_("kept %(records)s (other sources, or reviewed or edited)")
                     % {"records": count_kinds(result.kept)})
    return "; ".join(str(part) for part in parts)


@admin.register(Article)
class ArticleAdmin(admin.ModelAdmin):
    list_display = [
        "headline_display", "source", "byline_display", "language", "published", "import_status",
        "records_display", "error_display",
    ]
    list_filter = ["import_status", "language", "source"]
    search_fields = ["title", "body", "url", "authors", "editors"]
    date_hierarchy = "published"
    readonly_fields = ["sha256", "added", "imported", "import_status", "last_error"]
    actions = ["import_events", "remove_imported"]

    def delete_model(self, request, obj):
        self.delete_queryset(request, Article.objects.filter(pk=obj.pk))

    def delete_queryset(self, request, queryset):
        # A disagreement other articles still state outlives the article that filed it
        # first (a conflict's article would take it along): it passes to the next source.
        with transaction.atomic():
            take_back_conflicts(list(queryset.values_list("pk", flat=True)))
            super().delete_queryset(request, queryset)

    def get_queryset(self, request):
        # What each article backs, counted through its evidence: one query for the page.
        return with_headline(super().get_queryset(request)).annotate(
            **{f"{kind}_total": Count(f"evidence__{kind}", distinct=True) for kind in COUNTED_KINDS}
        )

    def action_checkbox(self, obj):
        # Django labels the checkbox with str(obj), which would load each body.
        return super().action_checkbox(Headline(obj.pk, obj.headline))

    @admin.display(description=_("article"), ordering="headline")
    def headline_display(self, obj):
        return obj.headline

    @admin.display(description=_("written by"), ordering="authors")
    def byline_display(self, obj):
        return byline(obj) or "–"

    @admin.display(description=_("records it backs"), ordering="summit_total")
    def records_display(self, obj):
        return count_kinds({kind: getattr(obj, f"{kind}_total") for kind in COUNTED_KINDS}) or "–"

    @admin.display(description=_("last error"))
    def error_display(self, obj):
        return Truncator(obj.last_error).chars(120)

    def get_urls(self):
        info = self.opts.app_label, self.opts.model_name
        view = self.admin_site.admin_view
        return [
            path("add-articles/", view(self.add_articles_view), name="%s_%s_add_articles" % info),
            path("import-progress/<slug:batch>/", view(self.import_progress_view), name="%s_%s_import_progress" % info),
            *super().get_urls(),
        ]

    def page_context(self, request, title, **extra):
        return {**self.admin_site.each_context(request), "opts": self.opts, "title": title, **extra}

    def changelist_url(self):
        return reverse(f"admin:{self.opts.app_label}_{self.opts.model_name}_changelist")

    # Adding articles ---------------------------------------------------------------

    def add_articles_view(self, request):
        if not self.has_add_permission(request):
            raise PermissionDenied
        form = AddArticlesForm(request.POST or None, request.FILES or None)
        if request.method == "POST" and form.is_valid():
            self.add_texts(request, form.incoming_texts())
            return redirect(self.changelist_url())
        context = self.page_context(
            request, _("Add articles"), form=form, max_upload=settings.SUMMITS_MAX_UPLOAD_BYTES,
            max_members=settings.SUMMITS_MAX_ZIP_MEMBERS,
        )
        return TemplateResponse(request, "admin/summits/article/add_articles.html", context)

    def add_texts(self, request, texts):
        added, known = [], []
        for incoming in texts:
            try:
                article, created = add_article(incoming)
            except ImportInputError as error:
                self.message_user(request, f"{incoming.name}: {error}", messages.ERROR)
                continue
            (added if created else known).append(article)
        if added:
            self.message_user(request, ngettext(
                "Added %(count)d article: %(titles)s", "Added %(count)d articles: %(titles)s", len(added)
            ) % {"count": len(added), "titles": some_titles(added)}, messages.SUCCESS)
        if known:
            self.message_user(request, _("Already known, not added again: %(titles)s")
                              % {"titles": some_titles(known)}, messages.WARNING)

    # Importing -----------------------------------------------------------------------

    def selected_articles(self, request, queryset):
        """The chosen articles with their bodies, or None (and a message) when too many
        to carry through a confirmation form."""
        ids = list(queryset.values_list("pk", flat=True))
        most = settings.DATA_UPLOAD_MAX_NUMBER_FIELDS - 50
        if most and len(ids) > most:
            self.message_user(request, _("Select at most %(most)d articles at once, or use the import_articles "
                                         "command.") % {"most": most}, messages.ERROR)
            return None
        return list(Article.objects.filter(pk__in=ids).order_by("pk"))

    def refuse(self, request, what, lacking):
        self.message_user(request, _("You cannot %(what)s: your account lacks these permissions: %(perms)s. "
                                     "Ask an administrator.") % {"what": what, "perms": ", ".join(lacking)},
                          messages.ERROR)

    @admin.action(description=_("Import events from selected articles"), permissions=["change"])
    def import_events(self, request, queryset):
        lacking = lacking_permissions(request.user, ["add", "change"], IMPORT_WRITES)
        if lacking:
            return self.refuse(request, _("import events"), lacking)
        articles = self.selected_articles(request, queryset)
        if articles is None:
            return None
        if request.POST.get("confirm") == "yes":
            return self.run_import(request, articles)
        previews = [ArticlePreview.of(article) for article in articles[:PREVIEW_LIMIT]]
        context = self.page_context(
            request, _("Import events from selected articles"), previews=previews,
            articles=articles, not_previewed=articles[PREVIEW_LIMIT:],
            background=len(articles) > settings.SUMMITS_BACKGROUND_THRESHOLD,
            threshold=settings.SUMMITS_BACKGROUND_THRESHOLD,
            action_checkbox_name=helpers.ACTION_CHECKBOX_NAME, action="import_events",
        )
        return TemplateResponse(request, "admin/summits/article/import_preview.html", context)

    def run_import(self, request, articles):
        if len(articles) > settings.SUMMITS_BACKGROUND_THRESHOLD:
            return self.import_in_background(request, articles)
        self.report(request, import_articles(articles))
        return None

    def report(self, request, results):
        ok = [result for result in results if result.ok]
        if ok:
            self.message_user(request, ngettext(
                "Imported %(count)d article: %(summary)s.", "Imported %(count)d articles: %(summary)s.", len(ok)
            ) % {"count": len(ok), "summary": summarise_imports(ok)}, messages.SUCCESS)
        for result in results:
            if not result.ok:
                self.message_user(request, _("Import failed for “%(title)s”: %(error)s")
                                  % {"title": result.article, "error": result.error}, messages.ERROR)

    def import_in_background(self, request, articles):
        ids = [article.pk for article in articles]
        Article.objects.filter(pk__in=ids).update(import_status=ImportStatus.QUEUED, last_error="")
        batch = uuid.uuid4().hex
        # Only the last few batches are kept: the session must stay small.
        batches = dict(list(request.session.get(BATCHES_KEY, {}).items())[-4:])
        request.session[BATCHES_KEY] = {**batches, batch: ids}
        import_articles_in_background.enqueue(ids)
        self.message_user(request, ngettext(
            "%(count)d article queued for import in the background.",
            "%(count)d articles queued for import in the background.", len(ids)) % {"count": len(ids)})
        return redirect(f"admin:{self.opts.app_label}_{self.opts.model_name}_import_progress", batch=batch)

    def import_progress_view(self, request, batch):
        if not self.has_view_or_change_permission(request):
            raise PermissionDenied
        ids = request.session.get(BATCHES_KEY, {}).get(batch)
        if ids is None:
            raise Http404(_("No such import batch in this session."))
        articles = Article.objects.filter(pk__in=ids)
        counts = dict(articles.values_list("import_status").annotate(n=Count("pk")).order_by())
        waiting = counts.get(ImportStatus.QUEUED, 0)
        failed = with_headline(articles.filter(import_status=ImportStatus.FAILED)).order_by("pk")
        imported, failed_count = counts.get(ImportStatus.IMPORTED, 0), counts.get(ImportStatus.FAILED, 0)
        context = self.page_context(
            request, _("Import in progress") if waiting else _("Import finished"),
            total=len(ids), waiting=waiting, imported=imported, failed_count=failed_count,
            done=imported + failed_count, failed=failed[:50], changelist_url=self.changelist_url(),
        )
        return TemplateResponse(request, "admin/summits/article/import_progress.html", context)

    # Undoing -------------------------------------------------------------------------

    @admin.action(description=_("Remove what these articles imported"), permissions=["change"])
    def remove_imported(self, request, queryset):
        lacking = lacking_permissions(request.user, ["change", "delete"], IMPORT_WRITES)
        if lacking:
            return self.refuse(request, _("remove imported records"), lacking)
        articles = self.selected_articles(request, queryset)
        if articles is None:
            return None
        if request.POST.get("confirm") == "yes":
            result = undo_import(articles)
            self.message_user(request, ngettext(
                "Removed what %(count)d article imported: %(summary)s.",
                "Removed what %(count)d articles imported: %(summary)s.", len(articles),
            ) % {"count": len(articles), "summary": summarise_undo(result)}, messages.SUCCESS)
            return None
        context = self.page_context(
            request, _("Remove what these articles imported"), articles=queryset.order_by("pk"),
            action_checkbox_name=helpers.ACTION_CHECKBOX_NAME, action="remove_imported",
        )
        return TemplateResponse(request, "admin/summits/article/undo_confirmation.html", context)


@admin.register(Evidence)
class EvidenceAdmin(admin.ModelAdmin):
    list_display = ["sentence", "field", "article", "summit", "meeting", "document"]
    list_filter = ["field"]
    search_fields = ["sentence", "article__title"]
    list_select_related = ["article", "summit", "meeting", "document"]
    raw_id_fields = ["article", "summit", "meeting", "attendance", "document"]


@admin.register(Conflict)
class ConflictAdmin(ConflictSourcesMixin, admin.ModelAdmin):
    list_display = ["__str__", "field", "current_value", "proposed_value", "sources_display", "resolved"]
    list_filter = ["resolved", ConflictSummitFilter, "field"]
    list_editable = ["resolved"]
    search_fields = ["current_value", "proposed_value", "sentence"]
    list_select_related = ["summit", "meeting", "document", "participant"]
    raw_id_fields = ["article", "summit", "meeting", "document", "participant"]
    exclude = ["sources"]  # kept by the importer; a widget listing every article would load them all
    readonly_fields = ["sources_display"]


@admin.register(SummitCountry)
class SummitCountryAdmin(admin.ModelAdmin):
    list_display = ["summit", "country", "role"]
    list_filter = ["role", ("country", CountryFilter)]
    search_fields = ["summit__name"]
    list_select_related = ["summit"]
