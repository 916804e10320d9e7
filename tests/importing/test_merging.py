"""Merging rules, on hand-built Extractions: who is the same summit, meeting, person or
document, what an import may change, and what it must leave to an editor."""
import datetime as dt
import itertools

import pytest
from django.urls import reverse

from summits.importing import import_article, import_articles, plan_import, undo_import
from summits.importing.service import import_batch
from summits.models import (
    Alias, Article, Attendance, Conflict, Document, Evidence, ImportStatus, Meeting, Participant, Precision,
    ReviewStatus, Summit, SummitCountry,
)

from .build import article_with, document, extraction, meeting, person, said, summit

pytestmark = pytest.mark.django_db

SEED_LINE = "KTT ASEAN ke-32 akan digelar di Singapura pada 27-28 April."


def import_summit(sentence, **summit_fields):
    article = article_with(sentence)
    result = import_article(article, extraction=extraction(article, summits=[summit(evidence=said(article, sentence), **summit_fields)]))
    assert result.ok, result.error
    return article, result


def test_same_ordinal_is_one_summit_with_two_sources():
    first, _ = import_summit(SEED_LINE)
    second, result = import_summit("The 32nd ASEAN Summit opens in Singapore.", name="32nd ASEAN Summit")
    assert Summit.objects.count() == 1
    assert result.merged["summit"] == 1 and not result.created
    summit_row = Summit.objects.get()
    assert set(summit_row.evidence.values_list("article", flat=True)) == {first.pk, second.pk}


def test_another_ordinal_on_the_same_days_is_another_summit():
    import_summit(SEED_LINE)
    import_summit("The 33rd ASEAN Summit.", ordinal=33)
    assert sorted(Summit.objects.values_list("ordinal", flat=True)) == [32, 33]


def test_a_partner_series_is_numbered_apart_from_the_organisations_own_summits():
    """The 21st ASEAN-China Summit (Singapore, 2018) is not the 21st ASEAN Summit (Phnom Penh, 2012):
    no merge, no conflict of dates six years apart."""
    import_summit("The 21st ASEAN-China Summit was held in Singapore.", name="21st ASEAN-China Summit", ordinal=21,
                  partners=("CN",), start="2018-11-14", end=None)
    _, result = import_summit("Phnom Penh hosted the 21st ASEAN Summit.", name="21st ASEAN Summit", ordinal=21,
                              country="KH", start="2012-11", end=None)
    assert result.created["summit"] == 1 and not Conflict.objects.exists()
    assert sorted(Summit.objects.values_list("name", "partners")) == [
        ("21st ASEAN Summit", ""), ("21st ASEAN-China Summit", "CN")]


def test_a_partner_summit_on_the_days_of_the_main_summit_is_another_summit():
    import_summit("The 33rd ASEAN Summit opens in Singapore.", name="33rd ASEAN Summit", ordinal=33,
                  start="2018-11-13", end="2018-11-15")
    import_summit("The ASEAN-Japan Summit was held in Singapore.", name="ASEAN-Japan Summit", ordinal=None,
                  partners=("JP",), start="2018-11-14", end=None)
    assert Summit.objects.count() == 2


def test_two_reports_of_one_partner_summit_are_one_summit_whatever_the_order_of_partners():
    import_summit("The ASEAN-GCC-China Summit opened in Kuala Lumpur.", name="ASEAN-GCC-China Summit", ordinal=None,
                  partners=("GCC", "CN"), country="MY", start="2025-05-27", end=None)
    _, result = import_summit("KTT ASEAN-Tiongkok-GCC digelar di Kuala Lumpur.", name="KTT ASEAN-Tiongkok-GCC",
                              ordinal=None, partners=("CN", "GCC"), country="MY", start="2025-05-27", end=None)
    assert result.merged["summit"] == 1 and Summit.objects.get().partners == "CN GCC"


def test_month_precision_summit_merges_into_the_day_precision_one_inside_it():
    import_summit(SEED_LINE)
    _, result = import_summit("ASEAN leaders meet in Singapore in April.", name="ASEAN Summit", ordinal=None,
                              start="2018-04", end=None)
    assert Summit.objects.count() == 1 and result.merged["summit"] == 1
    row = Summit.objects.get()
    assert (row.start, row.start_precision, row.end) == (dt.date(2018, 4, 27), Precision.DAY, dt.date(2018, 4, 28))


def test_more_precise_dates_win_over_an_unreviewed_month():
    import_summit("ASEAN leaders meet in Singapore in April.", name="ASEAN Summit", ordinal=None, start="2018-04", end=None)
    import_summit(SEED_LINE)
    row = Summit.objects.get()
    assert row.period_display == "27–28 April 2018" and row.ordinal == 32
    assert not Conflict.objects.exists()


def test_a_summit_in_another_country_or_month_is_another_summit():
    import_summit(SEED_LINE)
    import_summit("An ASEAN summit in Manila in November.", name="ASEAN Summit", ordinal=None, country="PH",
                  start="2017-11", end=None)
    import_summit("An ASEAN summit in Bali.", name="ASEAN Summit", ordinal=None, country="ID", start="2018-04-27", end=None)
    assert Summit.objects.count() == 3


def test_reviewed_summit_keeps_its_dates_and_the_disagreement_becomes_a_conflict():
    import_summit(SEED_LINE)
    Summit.objects.update(review_status=ReviewStatus.REVIEWED)
    later, result = import_summit("The summit runs from April 25 to 28.", start="2018-04-25", end="2018-04-28",
                                  city="Singapore")
    row = Summit.objects.get()
    assert row.period_display == "27–28 April 2018" and row.city == ""  # nothing applied
    conflicts = {c.field: c for c in Conflict.objects.filter(summit=row)}
    assert conflicts["dates"].current_value == "27–28 April 2018"
    assert conflicts["dates"].proposed_value == "25–28 April 2018"
    assert conflicts["dates"].sentence == "The summit runs from April 25 to 28."
    assert conflicts["dates"].article == later
    assert conflicts["city"].proposed_value == "Singapore"  # an empty reviewed field is not filled either
    assert result.conflicts == 2


def test_unreviewed_summit_gets_empty_fields_filled_and_keeps_disagreeing_ones_as_conflicts():
    import_summit(SEED_LINE)
    import_summit("Singapore hosts the summit at the Shangri-La.", venue="Shangri-La Hotel", country="MY")
    row = Summit.objects.get()
    assert row.venue == "Shangri-La Hotel"
    assert str(row.host_country) == "SG"
    assert Conflict.objects.get().field == "host_country"


def test_importing_again_changes_nothing():
    article = article_with(SEED_LINE, "Presiden Joko Widodo akan hadir.")
    found = extraction(
        article,
        summits=[summit(evidence=said(article, SEED_LINE))],
        meetings=[meeting("m1", "Sesi pleno", "plenary", "2018-04-27")],
        participants=[person("Joko Widodo", aliases=["Jokowi"], events=["s1", "m1"],
                             evidence=said(article, "Presiden Joko Widodo akan hadir."))],
        documents=[document("ASEAN Leaders Vision")],
    )
    first = import_article(article, extraction=found)
    assert first.created == {"summit": 1, "meeting": 1, "participant": 1, "attendance": 2, "document": 1}
    models = [Summit, Meeting, Participant, Alias, Attendance, Document, Evidence, Conflict, SummitCountry]
    before = {m: m.objects.count() for m in models}
    again = import_article(article, extraction=found)
    assert again.changed_nothing
    assert {m: m.objects.count() for m in models} == before
    article.refresh_from_db()
    assert article.import_counts["created"]["attendance"] == 2  # the second run did not reset the counts


def test_evidence_offsets_point_into_the_stored_body():
    article = article_with("Intro line.", SEED_LINE)
    import_article(article, extraction=extraction(article, summits=[summit(evidence=said(article, SEED_LINE))]))
    evidence = Evidence.objects.get()
    assert article.body[evidence.start:evidence.end] == evidence.sentence == SEED_LINE


def test_meeting_identity_is_summit_kind_and_date():
    def run(sentence, *meetings):
        article = article_with(sentence)
        import_article(article, extraction=extraction(article, summits=[summit()], meetings=meetings))

    run("Plenary on the 27th.", meeting("m1", "Plenary session", "plenary", "2018-04-27"))
    run("Sesi pleno dan retreat.", meeting("m1", "Sesi pleno", "plenary", "2018-04-27"),
        meeting("m2", "Sesi retreat", "retreat", "2018-04-28"))
    run("Side summits on the 28th.", meeting("m1", "IMT-GT Summit", "summit", "2018-04-28"),
        meeting("m2", "BIMP-EAGA Summit", "summit", "2018-04-28"))
    run("KTT IMT-GT.", meeting("m1", "KTT IMT-GT", "summit", "2018-04-28"))
    kinds = sorted(Meeting.objects.values_list("kind", "name"))
    assert kinds == [("plenary", "Plenary session"), ("retreat", "Sesi retreat"),
                     ("side_summit", "BIMP-EAGA Summit"), ("side_summit", "IMT-GT Summit")]
    assert str(Meeting.objects.get(kind="plenary").country) == "SG"  # a session is held where its summit is


@pytest.mark.parametrize("known, extracted, same", [
    ("Chandra W. Yudha", "Chandra W.Yudha", True),  # spacing and punctuation
    ("Arrmanatha Nasir", "Armanatha Nasir", True),  # near spelling, same country
    ("Chandra W. Yudha", "Chandra Yudha", True),  # middle initial left out
    ("Retno Marsudi", "Retno L.P. Marsudi", True),  # and the other way round
    ("Retno Marsudi", "Retno Lestari Priansari Marsudi", True),
    ("Retno Marsudi", "Retno Sari", False),
    ("Joko Widodo", "Joko Wibowo", False),  # another person
])
def test_people_are_matched_by_name_key_and_near_spelling(known, extracted, same):
    Participant.objects.create(name=known, country="ID")
    article = article_with(f"{extracted} said.")
    import_article(article, extraction=extraction(article, participants=[person(extracted)]))
    assert (Participant.objects.count() == 1) is same


def test_near_spelling_in_another_country_is_another_person():
    Participant.objects.create(name="Arrmanatha Nasir", country="ID")
    article = article_with("Armanatha Nasir said.")
    import_article(article, extraction=extraction(article, participants=[person("Armanatha Nasir", country="MY")]))
    assert Participant.objects.count() == 2


def test_known_alias_finds_the_person_and_new_aliases_are_kept():
    widodo = Participant.objects.create(name="Joko Widodo", country="ID")
    Alias.objects.create(participant=widodo, name="Jokowi")
    article = article_with("Jokowi hadir.")
    import_article(article, extraction=extraction(article, participants=[person("Jokowi")]))
    assert list(Participant.objects.values_list("name", flat=True)) == ["Joko Widodo"]
    other = article_with("Presiden RI hadir.")
    import_article(other, extraction=extraction(other, participants=[person("Joko Widodo", aliases=["Pak Jokowi"])]))
    assert sorted(widodo.aliases.values_list("name", flat=True)) == ["Jokowi", "Pak Jokowi"]
    assert widodo.evidence.count() == 2


def test_documents_match_by_normalised_title_and_near_title_within_the_summit():
    def run(sentence, title):
        article = article_with(sentence)
        import_article(article, extraction=extraction(article, summits=[summit()], documents=[document(title)]))

    run("Statement one.", "ASEAN Leaders Statement on Cyber Security Cooperation")
    run("Statement two.", "ASEAN Leaders' Statement on Cyber Security Cooperation")
    run("Statement three.", "Leaders' Statement on Cybersecurity Cooperation")
    run("Another document.", "ASEAN Smart Cities Network")
    assert Document.objects.count() == 2
    assert Document.objects.get(key__contains="cyber").evidence.count() == 3


def test_document_status_moves_forward_on_unreviewed_documents_only():
    def run(sentence, status):
        article = article_with(sentence)
        import_article(article, extraction=extraction(article, summits=[summit()], documents=[document("ASEAN Vision", status=status)]))

    run("Expected.", "expected")
    run("Adopted.", "adopted")
    run("Mentioned later.", "mentioned")
    assert Document.objects.get().status == "adopted"


def test_plan_writes_nothing_and_says_what_would_happen():
    import_summit(SEED_LINE)
    Summit.objects.update(review_status=ReviewStatus.EDITED)
    counts = {m: m.objects.count() for m in (Summit, Evidence, Conflict, Meeting)}
    article = article_with("Summit from April 26 to 28.")
    plan = plan_import(article, extraction=extraction(
        article, summits=[summit(start="2018-04-26", evidence=said(article, "Summit from April 26 to 28."))],
        meetings=[meeting("m1", "Retreat", "retreat", "2018-04-28")],
    ))
    assert {m: m.objects.count() for m in counts} == counts
    by_kind = {change.kind: change for change in plan.changes}
    assert by_kind["summit"].action == "conflict"
    assert "keeps 27–28 April 2018, article says 26–28 April 2018" in by_kind["summit"].detail
    assert by_kind["summit"].sentence == "Summit from April 26 to 28."
    assert by_kind["meeting"].action == "create"


def test_countries_of_touched_summits_are_refreshed():
    article = article_with("Lee Hsien Loong chairs.")
    import_article(article, extraction=extraction(
        article, summits=[summit()], participants=[person("Lee Hsien Loong", country="SG", events=["s1"]),
                                                   person("Rodrigo Duterte", country="PH", events=["s1"])]))
    roles = set(SummitCountry.objects.values_list("country", "role"))
    assert {("SG", "host"), ("PH", "participant"), ("ID", "member")} <= roles


def test_one_failing_article_leaves_the_others_imported(monkeypatch):
    good, bad = article_with(SEED_LINE), article_with("This one breaks the extractor.")

    def extract(text, **context):
        if "breaks" in text:
            raise RuntimeError("extractor crashed")
        return extraction(good, summits=[summit()])

    monkeypatch.setattr("summits.importing.service.extract", extract)
    results = import_articles(Article.objects.filter(pk__in=[good.pk, bad.pk]).order_by("pk"))
    assert [r.ok for r in results] == [True, False]
    good.refresh_from_db(), bad.refresh_from_db()
    assert good.import_status == ImportStatus.IMPORTED and bad.import_status == ImportStatus.FAILED
    assert "extractor crashed" in bad.last_error and "Traceback" not in bad.last_error
    assert Summit.objects.count() == 1


def test_a_failure_while_writing_leaves_nothing_half_written(monkeypatch):
    article = article_with(SEED_LINE)

    def broken(*args, **kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr("summits.importing.apply.file_conflicts", broken)
    result = import_article(article, extraction=extraction(article, summits=[summit()], documents=[document("X")]))
    assert not result.ok and "disk full" in result.error
    assert not Summit.objects.exists() and not Document.objects.exists() and not Evidence.objects.exists()
    article.refresh_from_db()
    assert article.import_status == ImportStatus.FAILED


def test_two_names_for_one_new_person_at_one_meeting_give_one_attendance():
    article = article_with("Presiden Joko Widodo, atau Jokowi, hadir di sesi pleno.")
    result = import_article(article, extraction=extraction(
        article, summits=[summit()], meetings=[meeting("m1", "Sesi pleno", "plenary", "2018-04-27")],
        participants=[person("Joko Widodo", aliases=["Jokowi"], events=["m1"]), person("Jokowi", events=["m1", "s1"])],
    ))
    assert result.ok, result.error
    assert Participant.objects.count() == 1
    assert Attendance.objects.count() == 2  # the plenary and the summit, once each


def test_a_gathering_far_from_its_summit_is_an_event_of_its_own():
    """The seed's "ASEAN leaders gathering in Bali in October", read as a meeting of
    April's summit in Singapore, becomes a summit of its own in October."""
    sentence = "ASEAN leaders gathering nanti di Bali pada Oktober."
    article = article_with(SEED_LINE, sentence)
    import_article(article, extraction=extraction(article, summits=[summit()], meetings=[
        meeting("m1", "Sesi pleno", "plenary", "2018-04-27"),
        meeting("m7", "Leaders gathering", "gathering", "2018-10", country="ID", city="Bali",
                evidence=said(article, sentence)),
    ], participants=[person("Joko Widodo", events=["m7"])]))
    gathering = Summit.objects.get(start__month=10)
    assert (gathering.name, str(gathering.host_country), gathering.city) == ("Leaders gathering", "ID", "Bali")
    assert gathering.organisation.short_name == "ASEAN" and gathering.start_precision == Precision.MONTH
    assert gathering.evidence.get().sentence == sentence
    assert Attendance.objects.get().summit == gathering
    assert list(Meeting.objects.values_list("name", flat=True)) == ["Sesi pleno"]


SUMMIT_42 = {"name": "42nd ASEAN Summit", "ordinal": 42, "country": "ID", "start": "2023-05-10", "end": "2023-05-11"}
IN_REGION = "The 42nd ASEAN Summit is held in {}."


@pytest.mark.parametrize("first, second", [
    ("Nusa Tenggara Timur", "Labuan Bajo"), ("Labuan Bajo", "Nusa Tenggara Timur"),  # coarser first, finer first
    ("Provinsi NTT", "Labuan Bajo"), ("Labuan Bajo", "East Nusa Tenggara"),
])
def test_a_city_inside_the_region_another_article_names_agrees_with_it(first, second):
    one, _ = import_summit(IN_REGION.format(first), city=first, **SUMMIT_42)
    two, result = import_summit(IN_REGION.format(second), city=second, **SUMMIT_42)
    assert result.merged["summit"] == 1 and result.conflicts == 0
    row = Summit.objects.get()
    assert row.city == "Labuan Bajo"  # the finer of the two, whichever came first
    assert set(row.evidence.values_list("article", flat=True)) == {one.pk, two.pk}
    assert not Conflict.objects.exists()
    for article, city in ((one, first), (two, second)):  # importing either again changes nothing
        again = import_article(article, extraction=extraction(article, summits=[
            summit(evidence=said(article, IN_REGION.format(city)), city=city, **SUMMIT_42)]))
        assert again.changed_nothing
    assert Summit.objects.get().city == "Labuan Bajo" and not Conflict.objects.exists()


@pytest.mark.parametrize("order", list(itertools.permutations(["Bali", "Provinsi Bali", "Nusa Dua", "Nusa Dua"], 4))[::5])
def test_any_order_of_nested_places_ends_at_the_finest(order):
    for city in order:
        import_summit(IN_REGION.format(city), city=city, **SUMMIT_42)
    assert Summit.objects.get().city == "Nusa Dua" and not Conflict.objects.exists()


def test_two_different_places_are_still_a_conflict():
    import_summit(IN_REGION.format("Labuan Bajo"), city="Labuan Bajo", **SUMMIT_42)
    _, result = import_summit(IN_REGION.format("Bali"), city="Bali", **SUMMIT_42)
    assert Summit.objects.get().city == "Labuan Bajo"
    conflict = Conflict.objects.get()
    assert (conflict.field, conflict.current_value, conflict.proposed_value) == ("city", "Labuan Bajo", "Bali")
    assert result.conflicts == 1


def test_a_reviewed_region_is_refined_by_the_editor_not_the_import():
    import_summit(IN_REGION.format("Bali"), city="Bali", **SUMMIT_42)
    Summit.objects.update(review_status=ReviewStatus.REVIEWED)
    import_summit(IN_REGION.format("Provinsi Bali"), city="Provinsi Bali", **SUMMIT_42)  # agrees: nothing to decide
    assert not Conflict.objects.exists()
    import_summit(IN_REGION.format("Nusa Dua"), city="Nusa Dua", **SUMMIT_42)
    assert Summit.objects.get().city == "Bali"
    conflict = Conflict.objects.get()
    assert (conflict.field, conflict.proposed_value) == ("city", "Nusa Dua")


def test_a_meeting_in_a_city_of_the_region_agrees_with_it():
    sentences = ["The plenary opens in Bali.", "The plenary opens in Nusa Dua."]
    for sentence, city in zip(sentences, ("Bali", "Nusa Dua")):
        article = article_with(SEED_LINE, sentence)
        result = import_article(article, extraction=extraction(article, summits=[summit()], meetings=[
            meeting("m1", "Sesi pleno", "plenary", "2018-04-27", country="ID", city=city, evidence=said(article, sentence))]))
        assert result.ok, result.error
    assert Meeting.objects.get().city == "Nusa Dua"
    assert not Conflict.objects.exists()


def test_the_preview_says_the_finer_city_replaces_the_region():
    import_summit(IN_REGION.format("Bali"), city="Bali", **SUMMIT_42)
    sentence = IN_REGION.format("Nusa Dua")
    article = article_with(sentence)
    plan = plan_import(article, extraction=extraction(article, summits=[
        summit(evidence=said(article, sentence), city="Nusa Dua", **SUMMIT_42)]))
    change = plan.changes[0]
    assert change.action == "merge" and not change.conflicts
    assert "sets city to Nusa Dua" in change.detail
    assert Summit.objects.get().city == "Bali"  # a preview writes nothing


# -- one conflict per disagreement ----------------------------------------------------

LATER_DATES = ["The summit runs from April 25 to 28.", "Leaders meet on 25-28 April.", "KTT digelar 25-28 April."]


def three_articles_against_the_reviewed_summit():
    """Three articles that agree with each other (25–28 April, in Singapore) and
    not with the reviewed summit (27–28 April, no city)."""
    import_summit(SEED_LINE)
    Summit.objects.update(review_status=ReviewStatus.REVIEWED)
    found = []
    for sentence in LATER_DATES:
        article = article_with(sentence)
        found.append((article, extraction(article, summits=[
            summit(evidence=said(article, sentence), start="2018-04-25", end="2018-04-28", city="Singapore")])))
    return found


def test_articles_stating_one_disagreement_file_one_conflict_with_all_of_them_as_sources():
    found = three_articles_against_the_reviewed_summit()
    results = [import_article(article, extraction=extracted) for article, extracted in found]
    conflicts = {c.field: c for c in Conflict.objects.all()}
    assert set(conflicts) == {"dates", "city"} and len(Conflict.objects.all()) == 2  # not six
    for conflict in conflicts.values():
        assert set(conflict.sources.all()) == {article for article, _ in found}
        assert conflict.article == found[0][0] and conflict.sentence == LATER_DATES[0]
    assert [r.conflicts for r in results] == [2, 0, 0]  # the editor is told of two conflicts to resolve
    before = {m: m.objects.count() for m in (Conflict, Conflict.sources.through, Evidence)}
    for article, extracted in found:  # importing any of them again changes nothing
        assert import_article(article, extraction=extracted).changed_nothing
    assert {m: m.objects.count() for m in before} == before


def test_one_disagreement_stated_by_a_batch_is_one_conflict():
    found = three_articles_against_the_reviewed_summit()
    results = import_batch([a for a, _ in found], [e for _, e in found])
    assert Conflict.objects.count() == 2
    assert {c.sources.count() for c in Conflict.objects.all()} == {3}
    assert sum(r.conflicts for r in results) == 2


def test_a_resolved_disagreement_is_not_filed_again_and_another_one_is():
    (first, found_first), (second, found_second), _ = three_articles_against_the_reviewed_summit()
    import_article(first, extraction=found_first)
    Conflict.objects.update(resolved=True)  # the editor kept 27–28 April
    assert import_article(second, extraction=found_second).conflicts == 0
    assert not Conflict.objects.filter(resolved=False).exists()
    assert Conflict.objects.get(field="dates").sources.count() == 2
    other = article_with("The summit runs from April 26 to 28.")
    result = import_article(other, extraction=extraction(other, summits=[
        summit(evidence=said(other, "The summit runs from April 26 to 28."), start="2018-04-26", end="2018-04-28")]))
    assert result.conflicts == 1
    assert Conflict.objects.get(resolved=False).proposed_value == "26–28 April 2018"


def test_undoing_one_source_of_a_conflict_keeps_it_for_the_others():
    found = three_articles_against_the_reviewed_summit()
    for article, extracted in found:
        import_article(article, extraction=extracted)
    undo_import([found[0][0]])
    conflict = Conflict.objects.get(field="dates")
    assert set(conflict.sources.all()) == {found[1][0], found[2][0]}
    assert conflict.article == found[1][0]  # the first source left
    undo_import([found[1][0], found[2][0]])
    assert not Conflict.objects.exists()


def test_deleting_the_article_that_filed_a_conflict_in_the_admin_keeps_it_for_the_others(admin_client):
    found = three_articles_against_the_reviewed_summit()
    for article, extracted in found:
        import_article(article, extraction=extracted)
    first, second, third = (article for article, _ in found)
    response = admin_client.post(reverse("admin:summits_article_changelist"),
                                 {"action": "delete_selected", "_selected_action": [first.pk], "post": "yes"})
    assert response.status_code == 302 and not Article.objects.filter(pk=first.pk).exists()
    conflict = Conflict.objects.get(field="dates")
    assert set(conflict.sources.all()) == {second, third} and conflict.article == second
    response = admin_client.post(reverse("admin:summits_article_delete", args=[second.pk]), {"post": "yes"})
    assert response.status_code == 302
    assert Conflict.objects.get(field="dates").article == third


@pytest.mark.parametrize("first, second", [("Nusa Tenggara Barat", "Mandalika"), ("Mandalika", "Nusa Tenggara Barat"),
                                           ("Lombok", "Mandalika"), ("Kepulauan Riau", "Batam")])
def test_a_resort_area_or_island_agrees_with_its_province_and_is_kept(first, second):
    import_summit(IN_REGION.format(first), city=first, **SUMMIT_42)
    _, result = import_summit(IN_REGION.format(second), city=second, **SUMMIT_42)
    assert result.conflicts == 0 and not Conflict.objects.exists()
    assert Summit.objects.get().city == ("Batam" if "Batam" in (first, second) else "Mandalika")


def test_a_name_the_byline_gives_is_the_writer_not_a_participant():
    sentence = "Rina Adi said President Joko Widodo would attend."
    article = article_with(SEED_LINE, sentence)
    Article.objects.filter(pk=article.pk).update(authors="Rina Adi")
    article.refresh_from_db()
    people = [person("Rina Adi", events=["s1"], evidence=said(article, sentence)),
              person("Joko Widodo", events=["s1"], evidence=said(article, sentence))]
    result = import_article(article, extraction=extraction(article, summits=[summit()], participants=people))
    assert result.ok and list(Participant.objects.values_list("name", flat=True)) == ["Joko Widodo"]


# -- open conflicts judged again ------------------------------------------------------

def filed_before_the_region_rule(city, proposed, *, reviewed=False):
    """A summit in `city` with an open conflict proposing `proposed`, as an import made
    before the rule that a place agrees with the region holding it."""
    article, _ = import_summit(IN_REGION.format(city), city=city, **SUMMIT_42)
    row = Summit.objects.get()
    if reviewed:
        Summit.objects.update(review_status=ReviewStatus.REVIEWED)
    conflict = Conflict.objects.create(article=article, summit=row, field="city", current_value=city,
                                       proposed_value=proposed)
    conflict.sources.add(article)
    return conflict


def test_an_import_touching_a_summit_settles_its_old_conflicts_the_rules_now_call_agreement():
    conflict = filed_before_the_region_rule("Nusa Tenggara Barat", "Mandalika")
    later, _ = import_summit("The 42nd ASEAN Summit opens on 10 May.", **SUMMIT_42)  # says nothing of the place
    conflict.refresh_from_db()
    assert conflict.resolved and Summit.objects.get().city == "Mandalika"
    before = (Summit.objects.get().updated, Conflict.objects.filter(resolved=False).count())
    again = import_article(later, extraction=extraction(later, summits=[
        summit(evidence=said(later, "The 42nd ASEAN Summit opens on 10 May."), **SUMMIT_42)]))
    assert again.changed_nothing and (Summit.objects.get().updated, 0) == before


def test_a_reviewed_summit_keeps_its_place_and_only_another_name_of_it_is_settled():
    same = filed_before_the_region_rule("Bali", "Provinsi Bali", reviewed=True)
    finer = Conflict.objects.create(article=same.article, summit=same.summit, field="city", current_value="Bali",
                                    proposed_value="Nusa Dua")
    import_summit("The 42nd ASEAN Summit opens on 10 May.", **SUMMIT_42)
    same.refresh_from_db(), finer.refresh_from_db()
    assert same.resolved and not finer.resolved  # the editor refines Bali, not the import
    assert Summit.objects.get().city == "Bali"


def test_a_conflict_whose_value_an_editor_applied_is_settled_by_the_next_import():
    conflict = filed_before_the_region_rule("Labuan Bajo", "Bali")
    Summit.objects.update(city="Bali", review_status=ReviewStatus.EDITED)
    import_summit("The 42nd ASEAN Summit opens on 10 May.", **SUMMIT_42)
    conflict.refresh_from_db()
    assert conflict.resolved
