"""The one FilterSet behind the schedule page, /schedule.ics and /schedule.json.

GET parameters: country (ISO code, host or any involved country; role=host narrows to
hosts), org (organisation slug), year, kind (a meeting kind the summit holds), q (text
over names, themes, people, documents), from / to (ISO dates, summits overlapping).
Every filter is an indexed lookup or a subquery on an indexed column; validating them
costs no query.
"""
import datetime as dt

import django_filters
from django import forms
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from . import periods
from .countrynames import is_country
from .models import Attendance, Document, Meeting, MeetingKind, Summit, SummitCountry


class SummitFilterForm(forms.Form):
    def clean_country(self):
        code = (self.cleaned_data.get("country") or "").strip().upper()
        if code and not is_country(code):
            raise forms.ValidationError(_("“%(code)s” is not an ISO country code."), params={"code": code[:10]})
        return code

    def clean_org(self):
        return (self.cleaned_data.get("org") or "").strip().lower()

    def clean_q(self):
        return " ".join((self.cleaned_data.get("q") or "").split())


def _year_start(year):
    return dt.date(year, 1, 1)


class SummitFilter(django_filters.FilterSet):
    country = django_filters.CharFilter(label=_("Country"), method="filter_country", max_length=10)
    role = django_filters.ChoiceFilter(
        label=_("Role"), choices=[("host", _("host only"))], method="filter_nothing", empty_label=_("any role"),
    )
    org = django_filters.CharFilter(label=_("Organisation"), field_name="organisation__slug", max_length=60)
    year = django_filters.NumberFilter(label=_("Year"), method="filter_year", min_value=1900, max_value=2200)
    kind = django_filters.ChoiceFilter(
        label=_("Meeting kind"), choices=MeetingKind.choices, method="filter_kind", empty_label=_("any kind"),
    )
    q = django_filters.CharFilter(label=_("Search"), method="filter_text", max_length=100)

    class Meta:
        model = Summit
        fields = []
        form = SummitFilterForm

    def filter_nothing(self, queryset, name, value):
        return queryset  # `role` only changes what `country` matches

    def filter_country(self, queryset, name, code):
        involved = SummitCountry.objects.filter(country=code)
        if self.form.cleaned_data.get("role") == "host":
            return queryset.filter(host_country=code)
        return queryset.filter(pk__in=involved.values("summit_id"))

    def filter_year(self, queryset, name, year):
        year = int(year)
        # A range on `start` (indexed) rather than __year, which some databases cannot index.
        return queryset.filter(start__gte=_year_start(year), start__lt=_year_start(year + 1))

    def filter_kind(self, queryset, name, kind):
        return queryset.filter(pk__in=Meeting.objects.filter(kind=kind).values("summit_id"))

    def filter_text(self, queryset, name, text):
        people = Attendance.objects.filter(
            Q(participant__name__icontains=text) | Q(participant__aliases__name__icontains=text)
        )
        return queryset.filter(
            Q(name__icontains=text)
            | Q(theme__icontains=text)
            | Q(city__icontains=text)
            | Q(organisation__short_name__iexact=text)
            | Q(pk__in=Meeting.objects.filter(name__icontains=text).values("summit_id"))
            | Q(pk__in=people.values("summit_id"))
            | Q(pk__in=people.filter(meeting__isnull=False).values("meeting__summit_id"))
            | Q(pk__in=Document.objects.filter(title__icontains=text).values("summit_id"))
        )

    def filter_from(self, queryset, name, day):
        # Overlap with [from, ...): starts on or after it, ends on or after it, or is a
        # month (year) known only to the month (year) that contains it.
        return queryset.filter(
            Q(start__gte=day)
            | Q(end__gte=day)
            | Q(start_precision=periods.MONTH, start__gte=periods.truncate(day, periods.MONTH))
            | Q(start_precision=periods.YEAR, start__gte=periods.truncate(day, periods.YEAR))
        )

    def filter_to(self, queryset, name, day):
        return queryset.filter(start__lte=day)

    def active(self):
        """The filters the reader set, cleaned: {name: value}."""
        if not self.is_bound or not self.form.is_valid() and not self.form.cleaned_data:
            return {}
        return {k: v for k, v in self.form.cleaned_data.items() if v not in (None, "")}


# `from` is a Python keyword, so these two are added under their GET names here.
SummitFilter.base_filters["from"] = django_filters.DateFilter(label=_("From"), method="filter_from")
SummitFilter.base_filters["to"] = django_filters.DateFilter(label=_("To"), method="filter_to")
