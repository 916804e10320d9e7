"""Template helpers of the public pages: countries in the reader's language with their
flags, and periods at their precision."""
from django import template
from django.utils.translation import get_language

from .. import periods
from ..countrynames import country_name, flag_url

register = template.Library()


@register.filter
def country(code):
    """Name of an ISO code (or django-countries Country) in the active language."""
    return country_name(getattr(code, "code", code), get_language())


@register.filter
def flag(code):
    return flag_url(getattr(code, "code", code))


@register.filter
def iso_period(obj):
    """datetime= value of a <time> for a record with start/start_precision."""
    return periods.iso(obj.start, obj.start_precision) or ""


@register.simple_tag
def period(start, precision="day", end=None, end_precision="day"):
    return periods.format_period(start, precision, end, end_precision)
