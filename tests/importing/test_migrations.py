"""Migrations: databases filled before this session (their open conflicts, filed once per article
that stated them, become one per disagreement when migrated), and models that agree with them."""
import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

BEFORE, AFTER = ("summits", "0007_summit_partner_series"), ("summits", "0008_conflict_sources")


def migrate(target):
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate([target])
    return executor.loader.project_state([target]).apps


@pytest.mark.django_db(transaction=True, serialized_rollback=True)  # the organisations stay
def test_open_conflicts_stating_one_disagreement_become_one_with_every_article_as_source():
    old = migrate(BEFORE)
    try:
        Article, Summit, Conflict = (old.get_model("summits", name) for name in ("Article", "Summit", "Conflict"))
        articles = [Article.objects.create(body=f"Article {n}", sha256=str(n) * 64) for n in range(4)]
        summit = Summit.objects.create(name="42nd ASEAN Summit", slug="asean-42")
        for article in articles[:3]:  # three articles saying the same thing: three rows, once
            Conflict.objects.create(article=article, summit=summit, field="city", current_value="Jakarta",
                                    proposed_value="Bandung")
        Conflict.objects.create(article=articles[3], summit=summit, field="city", current_value="Jakarta",
                                proposed_value="Bogor")
        Conflict.objects.create(article=articles[3], summit=summit, field="city", current_value="Jakarta",
                                proposed_value="Bandung", resolved=True)  # an editor's decision stays apart

        new = migrate(AFTER)
        rows = {(c.proposed_value, c.resolved): c for c in new.get_model("summits", "Conflict").objects.all()}
        assert set(rows) == {("Bandung", False), ("Bogor", False), ("Bandung", True)}
        assert {a.pk for a in rows[("Bandung", False)].sources.all()} == {a.pk for a in articles[:3]}
        assert rows[("Bandung", False)].article_id == articles[0].pk
        assert [a.pk for a in rows[("Bogor", False)].sources.all()] == [articles[3].pk]
    finally:
        migrate(max(((app, name) for app, name in MigrationExecutor(connection).loader.graph.leaf_nodes()
                     if app == "summits")))


@pytest.mark.django_db
def test_the_models_and_their_migrations_agree_in_one_line_of_history():
    """An upgrade's `migrate` needs no migration that was never written, and finds one
    latest migration (two helpers numbering theirs alike once left two)."""
    from django.core.management import call_command

    call_command("makemigrations", "summits", "--check", "--dry-run", verbosity=0)  # SystemExit(1) if one is missing
    leaves = [name for app, name in MigrationExecutor(connection).loader.graph.leaf_nodes() if app == "summits"]
    assert len(leaves) == 1, leaves
