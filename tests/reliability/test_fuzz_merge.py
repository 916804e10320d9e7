"""Hypothesis against the merge service: importing fixture articles in any order, with
repeats, gives the same database as importing them once each in a fixed order: the
same records, each backed by the same sentences of the same articles (so the same
mentions merged into one summit, meeting, person or document), and the same
disagreements filed as conflicts. Articles come in pairs about the same summits so that
matching and merging are at work. Databases are compared through export_timeline with
ids and timestamps taken out (tests/reliability/canonical.py).

Which article's wording names a merged record does depend on order, by the merge's
design (the first non-empty name is kept, a later different one is not applied):
"KTT ASEAN ke-32" or "32nd ASEAN Summit". That is left out of the comparison."""
import os
from functools import cache
from pathlib import Path

import pytest
from django.db import transaction
from hypothesis import HealthCheck, given, settings, strategies as st

from summits.importing import IncomingText, add_article, import_article
from summits.importing.service import read_article

from .canonical import identities
from .helpers import snapshot

ARTICLES = Path(__file__).resolve().parents[1] / "fixtures" / "articles"
POOL = [
    "000_seed_69d3f274414b58bc.txt", "en_01_asean_32_singapore_cna.txt",  # 32nd ASEAN Summit
    "id_01_ktt_asean_33_singapura.txt", "en_05_asean_33_apec_antara.txt",  # 33rd, and APEC
    "id_02_ktt_asean_42_labuan_bajo.txt", "en_10_asean_42_labuan_bajo_tempo.txt",  # 42nd
    "id_03_ktt_g20_bali.txt", "en_04_g20_bali_declaration_reuters.txt",  # G20 Bali
]

pytestmark = pytest.mark.django_db


@cache
def extraction_of(name):
    """The extractor is deterministic and slow next to merging: read each article once."""
    article, _ = add_article(IncomingText(name=name, text=(ARTICLES / name).read_text(encoding="utf-8")))
    return read_article(article)


class Rollback(Exception):
    pass


def database_after(names):
    """Import the articles in this order in a transaction that is then rolled back; the
    canonical form of what the database held."""
    try:
        with transaction.atomic():
            for name in names:
                article, _ = add_article(IncomingText(name=name, text=(ARTICLES / name).read_text(encoding="utf-8")))
                result = import_article(article, extraction=extraction_of(name))
                assert result.ok, f"{name}: {result.error}"
            raise Rollback(snapshot())
    except Rollback as done:
        return identities(done.args[0])


@pytest.fixture(scope="module")
def warm_extractions(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock(), transaction.atomic():
        for name in POOL:
            extraction_of(name)
        transaction.set_rollback(True)


@settings(max_examples=int(os.environ.get("FUZZ_EXAMPLES", 40)), deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                  HealthCheck.too_slow])
@given(order=st.lists(st.sampled_from(POOL), min_size=2, max_size=6))
def test_any_order_gives_the_same_database(warm_extractions, order):
    reference = database_after(sorted(set(order)))
    found = database_after(order)
    for part in reference:
        missing, extra = reference[part] - found[part], found[part] - reference[part]
        assert not missing and not extra, f"{part}: only in sorted order {list(missing)[:3]}; only in {order}: {list(extra)[:3]}"
