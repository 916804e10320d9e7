"""Country names in the reader's language, and flags.

English names come from django-countries; Indonesian ones from pycountry's gettext
catalogue (django-countries ships no Indonesian). Both are cached per process: a
schedule page names the same few dozen countries over and over."""
import functools
import gettext

import pycountry
from django.templatetags.static import static
from django.utils import translation
from django_countries import countries


@functools.cache
def _iso_catalogue(language):
    try:
        return gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[language])
    except OSError:
        return gettext.NullTranslations()


@functools.cache
def _name(code, language):
    code = (code or "").upper()
    if not code:
        return ""
    if language == "en" or language.startswith("en-"):
        with translation.override("en"):
            return str(countries.name(code)) or code
    record = pycountry.countries.get(alpha_2=code)
    if record is None:
        return str(countries.name(code)) or code
    return _iso_catalogue(language).gettext(record.name)


def country_name(code, language=None):
    """"Singapore" / "Singapura" for SG; the code itself if nobody knows it."""
    return _name(str(code or ""), (language or translation.get_language() or "en").split("-")[0])


@functools.cache
def flag_url(code):
    code = str(code or "").lower()
    return static(f"flags/{code}.gif") if code else ""


def is_country(code):
    return bool(code) and str(code).upper() in countries


def sorted_by_name(codes, language=None):
    """Codes in the alphabetical order of their names in the reader's language."""
    return sorted(codes, key=lambda code: country_name(code, language).casefold())
