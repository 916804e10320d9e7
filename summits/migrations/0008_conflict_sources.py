from django.db import migrations, models

RECORD = ("summit_id", "meeting_id", "document_id", "participant_id", "field", "current_value", "proposed_value")


def one_conflict_per_disagreement(apps, schema_editor):
    """Each conflict's article becomes its source; open conflicts that state the same
    disagreement on the same record (filed once per article before) become one, whose
    sources are all their articles."""
    Conflict = apps.get_model("summits", "Conflict")
    Sources = Conflict.sources.through
    kept, rows, duplicates = {}, [], []
    for conflict in Conflict.objects.order_by("pk").only("pk", "article_id", "resolved", *RECORD):
        key = tuple(getattr(conflict, name) for name in RECORD)
        first = kept.setdefault(key, conflict.pk) if not conflict.resolved else conflict.pk
        if first != conflict.pk:
            duplicates.append(conflict.pk)
        rows.append(Sources(conflict_id=first, article_id=conflict.article_id))
    Sources.objects.bulk_create(rows, ignore_conflicts=True)
    Conflict.objects.filter(pk__in=duplicates).delete()


class Migration(migrations.Migration):

    dependencies = [
        ('summits', '0007_summit_partner_series'),
    ]

    operations = [
        migrations.AddField(
            model_name='conflict',
            name='sources',
            field=models.ManyToManyField(blank=True, help_text='Every article stating the value in the article (the first one included).', related_name='stated_conflicts', to='summits.article', verbose_name='sources'),
        ),
        migrations.RunPython(one_conflict_per_disagreement, migrations.RunPython.noop),
    ]
