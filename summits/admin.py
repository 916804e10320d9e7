"""The editors' side: every record with its sources, conflicts and review status.

Saving a record in the admin marks it edited, which protects it from being overwritten
by later imports (they file a Conflict instead)."""
from django.contrib import admin
from django.db.models import Count
from django.utils.translation import gettext_lazy as _
from django_countries.filters import CountryFilter

from .models import (
    Alias, Article, Attendance, Conflict, Document, Evidence, Meeting, Membership, Organisation,
    Participant, ReviewStatus, Summit, SummitCountry,
)


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


class ReviewedOnSaveMixin:
    """An editor's save vouches for the record: imports won't overwrite it."""

    def save_model(self, request, obj, form, change):
        if change and form.has_changed() and "review_status" not in form.changed_data:
            if obj.review_status == ReviewStatus.IMPORTED:
                obj.review_status = ReviewStatus.EDITED
        super().save_model(request, obj, form, change)


class EvidenceInline(admin.TabularInline):
    model = Evidence
    extra = 0
    fields = ["article", "field", "sentence"]
    readonly_fields = fields
    can_delete = False
    show_change_link = False

    def has_add_permission(self, request, obj=None):
        return False


class ConflictInline(admin.TabularInline):
    model = Conflict
    extra = 0
    fields = ["field", "current_value", "proposed_value", "sentence", "article", "resolved"]
    readonly_fields = ["field", "current_value", "proposed_value", "sentence", "article"]

    def has_add_permission(self, request, obj=None):
        return False


class MembershipInline(admin.TabularInline):
    model = Membership
    extra = 1


@admin.register(Organisation)
class OrganisationAdmin(admin.ModelAdmin):
    list_display = ["short_name", "name_en", "name_id", "summit_count"]
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
    list_display = ["name", "organisation", "ordinal", "period_display", "host_country", "city", "review_status", "source_count"]
    list_filter = [YearFilter, "organisation", ("host_country", CountryFilter), "mode", "review_status"]
    search_fields = ["name", "theme", "city", "venue"]
    date_hierarchy = "start"
    list_select_related = ["organisation"]
    autocomplete_fields = ["parent", "organisation"]
    prepopulated_fields = {"slug": ["name"]}
    inlines = [MeetingInline, DocumentInline, AttendanceInline, SummitCountryInline, EvidenceInline, ConflictInline]
    fieldsets = [
        (None, {"fields": ["name", "slug", "organisation", "ordinal", "mode", "virtual", "parent", "review_status"]}),
        (_("When"), {"fields": [("start", "start_precision"), ("end", "end_precision")]}),
        (_("Where"), {"fields": ["host_country", "city", "venue", "chair_country", "theme"]}),
    ]

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(sources=Count("evidence__article", distinct=True))

    @admin.display(description=_("dates"), ordering="start")
    def period_display(self, obj):
        return obj.period_display

    @admin.display(description=_("sources"), ordering="sources")
    def source_count(self, obj):
        return obj.sources

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


@admin.register(Article)
class ArticleAdmin(admin.ModelAdmin):
    list_display = ["__str__", "source", "language", "published", "import_status", "last_error"]
    list_filter = ["import_status", "language", "source"]
    search_fields = ["title", "body", "url"]
    date_hierarchy = "published"
    readonly_fields = ["sha256", "added", "imported"]


@admin.register(Evidence)
class EvidenceAdmin(admin.ModelAdmin):
    list_display = ["sentence", "field", "article", "summit", "meeting", "document"]
    list_filter = ["field"]
    search_fields = ["sentence", "article__title"]
    list_select_related = ["article", "summit", "meeting", "document"]
    raw_id_fields = ["article", "summit", "meeting", "attendance", "document"]


@admin.register(Conflict)
class ConflictAdmin(admin.ModelAdmin):
    list_display = ["__str__", "field", "current_value", "proposed_value", "article", "resolved"]
    list_filter = ["resolved", "field"]
    list_editable = ["resolved"]
    search_fields = ["current_value", "proposed_value", "sentence"]
    list_select_related = ["article", "summit", "meeting", "document"]
    raw_id_fields = ["article", "summit", "meeting", "document"]


@admin.register(SummitCountry)
class SummitCountryAdmin(admin.ModelAdmin):
    list_display = ["summit", "country", "role"]
    list_filter = ["role", ("country", CountryFilter)]
    search_fields = ["summit__name"]
    list_select_related = ["summit"]
