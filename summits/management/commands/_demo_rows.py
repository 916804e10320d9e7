"""Writes the calendar `_demo_plan.Planner` makes into the database, a batch of summits
at a time, in one transaction.

Hundreds of thousands of rows go in as plain tuples through `cursor.executemany` with
primary keys given here: building a model instance per row costs more than the insert
itself (about four times the time at 10,000 summits). So what Model.save() would compute
is computed here: slugs, name keys, article hashes, the auto_now times, and the
SummitCountry rows Summit.refresh_countries() keeps."""
from itertools import batched

from django.core.management.color import no_style
from django.db import connection, models, transaction
from django.db.models import Max
from django.utils import timezone
from django.utils.text import slugify

from summits.models import (
    Article, Attendance, CountryRole, Document, Evidence, ImportStatus, Meeting, Membership, Organisation,
    Participant, ReviewStatus, Summit, SummitCountry, body_sha256, name_key,
)

from ._demo_plan import Planner, slug_maker

SUMMITS_PER_BATCH = 500


def known_organisations():
    """Organisations already in the database: short name -> (English, Indonesian, members)."""
    members = {}
    for m in Membership.objects.select_related("organisation").order_by("pk"):
        members.setdefault(m.organisation.short_name, []).append((str(m.country), m.joined, m.left))
    return {o.short_name: (o.name_en, o.name_id, members.get(o.short_name, []))
            for o in Organisation.objects.order_by("pk")}


class Rows:
    """Inserts rows given as tuples, in the order of the field names given; hands out
    primary keys above the largest one in the table."""

    def __init__(self):
        self.next_pk, self.counts = {}, {}

    def pk(self, model):
        if model not in self.next_pk:
            self.next_pk[model] = (model.objects.aggregate(top=Max("pk"))["top"] or 0) + 1
        self.next_pk[model] += 1
        return self.next_pk[model] - 1

    def insert(self, model, names, rows):
        """Columns not named get the model's default, as Model() would give them."""
        if not rows:
            return
        fields = [model._meta.get_field(name) for name in names]
        adapt = [(i, adapter(f)) for i, f in enumerate(fields) if adapter(f)]
        others = [f for f in model._meta.concrete_fields if f not in fields]
        defaults = [f.get_db_prep_save(f.get_default(), connection) for f in others]
        rows = [list(row) + defaults for row in rows]
        for row in rows:
            for i, fn in adapt:
                row[i] = fn(row[i])
        fields += others
        quote = connection.ops.quote_name
        sql = "INSERT INTO {} ({}) VALUES ({})".format(
            quote(model._meta.db_table), ", ".join(quote(f.column) for f in fields), ", ".join(["%s"] * len(fields)))
        with connection.cursor() as cursor:
            for chunk in batched(rows, 5000):
                cursor.executemany(sql, chunk)
        label = str(model._meta.verbose_name_plural)
        self.counts[label] = self.counts.get(label, 0) + len(rows)

    def reset_sequences(self):
        """PostgreSQL's sequences must learn the keys given here (SQLite needs nothing)."""
        statements = connection.ops.sequence_reset_sql(no_style(), list(self.next_pk))
        with connection.cursor() as cursor:
            for sql in statements:
                cursor.execute(sql)


def adapter(field):
    if isinstance(field, models.DateTimeField):
        return connection.ops.adapt_datetimefield_value
    if isinstance(field, models.DateField):
        return connection.ops.adapt_datefield_value
    return None


class DemoWriter:
    def __init__(self, seed):
        self.planner = Planner(seed)
        self.rows = Rows()
        self.participants = {}  # person key -> pk
        self.ids = {}  # id(plan object) -> pk

    def pk(self, model, plan):
        self.ids[id(plan)] = self.rows.pk(model)
        return self.ids[id(plan)]

    @transaction.atomic
    def write(self, n_summits):
        self.now = timezone.now()
        orgs = self.planner.organisations(n_summits, known_organisations())
        self.organisations = self.save_organisations(orgs)
        taken = {}
        for short, ordinal in Summit.objects.filter(ordinal__isnull=False).values_list("organisation__short_name", "ordinal"):
            taken.setdefault(short, set()).add(ordinal)
        self.summit_slug = slug_maker(set(Summit.objects.values_list("slug", flat=True)), 80)
        self.person_slug = slug_maker(set(Participant.objects.values_list("slug", flat=True)), 80)
        self.document_slug = slug_maker(set(Document.objects.values_list("slug", flat=True)), 80)
        self.hashes = set(Article.objects.values_list("sha256", flat=True))
        for chunk in batched(self.planner.plan(n_summits, orgs, taken), SUMMITS_PER_BATCH):
            for summit in chunk:
                self.planner.complete(summit)
            self.write_batch(chunk)
            self.ids.clear()
        self.rows.reset_sequences()
        return self.rows.counts

    def save_organisations(self, orgs):
        new = [o for o in orgs if not o.exists]
        slug = slug_maker(set(Organisation.objects.values_list("slug", flat=True)), 60)
        Organisation.objects.bulk_create(
            [Organisation(short_name=o.short, slug=slug(o.short), name_en=o.name_en, name_id=o.name_id) for o in new])
        pks = dict(Organisation.objects.values_list("short_name", "pk"))
        Membership.objects.bulk_create([Membership(organisation_id=pks[o.short], country=code, joined=joined, left=left)
                                        for o in new for code, joined, left in o.members])
        self.rows.counts.update(organisations=len(new), memberships=sum(len(o.members) for o in new))
        return pks

    def write_batch(self, mains):
        sides = [(side, parent) for parent in mains for side in parent.sides]
        self.save_summits([(m, None) for m in mains])
        self.save_summits(sides)  # after their parents: the parent key must exist
        every = [*mains, *(side for side, _ in sides)]
        self.save_people(every)
        self.save_meetings(every)
        self.save_attendances(every)
        self.save_documents(every)
        self.save_articles(every)
        self.save_countries(every)

    def save_summits(self, pairs):
        names = ["id", "name", "slug", "organisation", "ordinal", "start", "start_precision", "end", "end_precision",
                 "host_country", "city", "venue", "theme", "chair_country", "mode", "virtual", "parent",
                 "review_status", "created", "updated"]
        rows = [(self.pk(Summit, s), s.name, self.summit_slug(f"{s.name} {s.start.year}"),
                 self.organisations[s.organisation.short] if s.organisation else None, s.ordinal, s.start, s.precision,
                 s.end, s.precision, s.host, s.city, s.venue, s.theme, s.chair, s.mode, s.virtual,
                 self.ids[id(parent)] if parent else None, ReviewStatus.IMPORTED, self.now, self.now)
                for s, parent in pairs]
        self.rows.insert(Summit, names, rows)

    def save_people(self, summits):
        rows = []
        for summit in summits:
            for attending in [*summit.attendees, *(a for m in summit.meetings for a in m.attendees)]:
                p = attending.person
                if p.key not in self.participants:
                    self.participants[p.key] = self.rows.pk(Participant)
                    rows.append((self.participants[p.key], p.name, name_key(p.name), self.person_slug(p.name),
                                 p.country, p.title, self.organisations.get(p.organisation), ReviewStatus.IMPORTED))
        names = ["id", "name", "key", "slug", "country", "title", "organisation", "review_status"]
        self.rows.insert(Participant, names, rows)

    def save_meetings(self, summits):
        names = ["id", "summit", "name", "kind", "start", "start_precision", "end", "end_precision", "country", "city",
                 "venue", "chair_country", "review_status"]
        rows = [(self.pk(Meeting, m), self.ids[id(s)], m.name, m.kind, m.start, m.precision, m.end, m.precision,
                 m.country, m.city, m.venue, m.chair, ReviewStatus.IMPORTED)
                for s in summits for m in s.meetings]
        self.rows.insert(Meeting, names, rows)

    def save_attendances(self, summits):
        rows = []
        for s in summits:
            rows += [(a, self.ids[id(s)], None) for a in s.attendees]
            rows += [(a, None, self.ids[id(m)]) for m in s.meetings for a in m.attendees]
        names = ["id", "participant", "summit", "meeting", "role", "title", "review_status"]
        self.rows.insert(Attendance, names, [
            (self.pk(Attendance, a), self.participants[a.person.key], summit, meeting, a.role, a.title,
             ReviewStatus.IMPORTED) for a, summit, meeting in rows])

    def save_documents(self, summits):
        names = ["id", "title", "key", "slug", "kind", "summit", "status", "date", "date_precision", "review_status"]
        rows = [(self.pk(Document, d), d.title, name_key(d.title), self.document_slug(d.title), d.kind, self.ids[id(s)],
                 d.status, d.date, d.precision, ReviewStatus.IMPORTED)
                for s in summits for d in s.documents]
        self.rows.insert(Document, names, rows)

    def save_articles(self, summits):
        articles, evidence = [], []
        for s in summits:
            for n, a in enumerate(s.articles, 1):
                digest = body_sha256(a.text.body)
                if digest in self.hashes:
                    continue  # the same text is one article
                self.hashes.add(digest)
                articles.append(self.article_row(s, a, digest, n))
                evidence += self.evidence_rows(s, a, articles[-1][0])
        names = ["id", "title", "source", "url", "published", "published_offset", "language", "body", "sha256",
                 "import_status", "last_error", "added", "imported"]
        self.rows.insert(Article, names, articles)
        names = ["id", "article", "sentence", "start", "end", "field", "summit", "meeting", "attendance", "document"]
        self.rows.insert(Evidence, names, evidence)

    def article_row(self, summit, a, digest, n):
        url = f"https://news.example/{slugify(a.source) or 'news'}/{a.published:%Y/%m/%d}/{slugify(summit.name)}-{n}"
        offset = int(a.published.utcoffset().total_seconds() // 60)
        return (self.rows.pk(Article), a.text.title, a.source, url, a.published, offset, a.language, a.text.body,
                digest, ImportStatus.IMPORTED, "", self.now, self.now)

    def evidence_rows(self, summit, a, article_pk):
        """One row per fact the text states: the record it backs, in the column for its kind."""
        targets = {"summit": (self.ids[id(summit)], None, None, None)}
        targets |= {("meeting", i): (None, self.ids[id(m)], None, None) for i, m in enumerate(a.story_meetings)}
        targets |= {("person", i): (None, None, self.ids[id(p)], None) for i, p in enumerate(a.story_people)}
        targets |= {("document", i): (None, None, None, self.ids[id(d)]) for i, d in enumerate(summit.documents)}
        return [(self.rows.pk(Evidence), article_pk, a.text.body[start:end], start, end, "", *targets[ref])
                for ref, start, end in a.text.spans]

    def save_countries(self, summits):
        rows = [(self.rows.pk(SummitCountry), self.ids[id(s)], code, role)
                for s in summits for code, role in sorted(involved_countries(s))]
        self.rows.insert(SummitCountry, ["id", "summit", "country", "role"], rows)


def involved_countries(plan):
    """(code, role) pairs by the rules of Summit.involved_countries()."""
    pairs = {(plan.host, CountryRole.HOST), (plan.chair, CountryRole.CHAIR)}
    if plan.organisation:
        pairs |= {(code, CountryRole.MEMBER) for code in plan.organisation.members_on(plan.start)}
    for m in plan.meetings:
        pairs |= {(m.country, CountryRole.VENUE), (m.chair, CountryRole.CHAIR)}
        pairs |= {(a.person.country, CountryRole.PARTICIPANT) for a in m.attendees}
    for side in plan.sides:
        pairs |= {(side.host, CountryRole.VENUE), (side.chair, CountryRole.CHAIR)}
    pairs |= {(a.person.country, CountryRole.PARTICIPANT) for a in plan.attendees}
    return {(code, str(role)) for code, role in pairs if code}
