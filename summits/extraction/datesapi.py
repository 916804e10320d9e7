"""The date grammar used by the extractor (dates.py, written by the dates helper)."""
from .dates import DateMention, date_from_url, find_dates, parse_published, tense_of  # noqa: F401
