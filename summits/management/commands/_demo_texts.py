"""Synthetic news articles about a summit, in Indonesian or English, in the forms of
/work/shared/ARTICLE-FORMS.md: title, publication line, dateline, the summit with its
dates, host, theme, sessions, people quoted and documents, credits and web debris.

`write_article` returns the text and, for each fact it states, the span of the sentence
stating it, so `generate_demo` can store Evidence rows that point into the text."""
import datetime as dt
from dataclasses import dataclass, field

from ._demo_words import COUNTRIES, HEAD_TITLES_ID, JOURNALISTS, SUMMIT_LABELS

MONTHS_ID = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September",
             "Oktober", "November", "Desember"]
MONTHS_ID_SHORT = ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agt", "Sep", "Okt", "Nov", "Des"]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December"]
WEEKDAYS_ID = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]
WEEKDAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

TOPICS_ID = ["keamanan siber", "ketahanan pangan", "ekonomi digital", "perubahan iklim", "konektivitas",
             "perlindungan pekerja migran", "transisi energi", "kesehatan", "kerja sama maritim", "pariwisata"]
TOPICS_EN = ["cyber security", "food security", "the digital economy", "climate change", "connectivity",
             "the protection of migrant workers", "the energy transition", "health", "maritime cooperation", "tourism"]


@dataclass
class Person:
    name: str
    country: str = ""  # ISO code; empty for an international official
    role: str = "head"  # head, fm (foreign minister), spokesperson, sg (secretary-general)
    organisation: str = ""


@dataclass
class Story:
    """What an article is about. `precision` is the precision the dates are known to."""

    name_en: str
    name_id: str
    start: dt.date
    end: dt.date | None
    precision: str = "day"
    organisation: str | None = None
    ordinal: int | None = None
    country: str = ""
    city: str = ""
    venue: str = ""
    theme: str = ""
    chair: str = ""
    people: list = field(default_factory=list)  # [Person]
    meetings: list = field(default_factory=list)  # [(kind, date)]
    documents: list = field(default_factory=list)  # [(title, status)]


class Text:
    """An article being written, paragraph by paragraph, remembering the span of each fact."""

    def __init__(self):
        self.parts, self.length, self.spans, self.title = [], 0, [], ""

    def paragraph(self, text, refs=()):
        if self.parts:
            self.parts.append("\n\n")
            self.length += 2
        for ref in refs:
            self.spans.append((ref, self.length, self.length + len(text)))
        self.parts.append(text)
        self.length += len(text)

    def sentence(self, prefix, text, refs=()):
        """A paragraph whose evidence is `text` without the dateline `prefix`."""
        self.paragraph(prefix + text)
        for ref in refs:
            self.spans.append((ref, self.length - len(text), self.length))

    @property
    def body(self):
        return "".join(self.parts)


def ordinal_en(n):
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def summit_names(organisation, ordinal):
    """(English, Indonesian) name of the ordinal-th summit of an organisation."""
    label_en, label_id = SUMMIT_LABELS.get(organisation, (f"{organisation} Summit", f"KTT {organisation}"))
    if ordinal is None:
        return label_en, label_id
    return f"{ordinal_en(ordinal)} {label_en}", f"{label_id} ke-{ordinal}"


def country_name(code, language):
    if code in COUNTRIES:
        return COUNTRIES[code][1 if language == "id" else 0]
    from django_countries import countries

    return countries.name(code) or code


def write_article(story, language, published, source, rng):
    """The Text of one article (body, title, spans of facts); published is an aware datetime."""
    writer = IndonesianWriter if language == "id" else EnglishWriter
    return writer(story, published, source, rng).write()


class Writer:
    months = weekdays = ()

    def __init__(self, story, published, source, rng):
        self.s, self.published, self.source, self.rng = story, published, source, rng
        self.text = Text()
        self.future = published.date() < story.start

    def pick(self, options):
        return self.rng.choice(options)

    def write(self):
        self.header()
        self.opening()
        self.theme()
        self.sessions()
        self.quotes()
        self.documents()
        self.filler()
        self.credits()
        return self.text

    def with_year(self, text, day):
        return f"{text} {day.year}" if day.year != self.published.year or self.rng.random() < 0.3 else text

    def people(self, role):
        return [(i, p) for i, p in enumerate(self.s.people) if p.role == role]

    def sessions(self):
        meetings = list(enumerate(self.s.meetings))
        self.rng.shuffle(meetings)
        for chunk in (meetings[:2], meetings[2:4], meetings[4:5]):
            if chunk:
                self.session_sentence(chunk)


class IndonesianWriter(Writer):
    KINDS = {
        "permanent_representatives": "pertemuan para wakil tetap negara anggota",
        "senior_officials": "SOM (Senior Official Meeting)",
        "ministerial": "pertemuan tingkat menteri",
        "plenary": "sesi pleno",
        "retreat": "sesi retreat",
        "bilateral": "pertemuan bilateral",
        "gathering": "jamuan makan malam",
        "side_summit": "pertemuan para pemimpin di sela KTT",
        "other": "forum bisnis",
    }

    def name(self):
        s = self.s
        if s.ordinal and s.organisation and self.rng.random() < 0.3:
            label = SUMMIT_LABELS.get(s.organisation, (None, f"KTT {s.organisation}"))[1]
            if label.startswith("KTT "):
                return self.pick([f"KTT ke-{s.ordinal} {label[4:]}", f"Konferensi Tingkat Tinggi (KTT) {label[4:]} ke-{s.ordinal}"])
        return s.name_id

    def when(self, start, end=None, precision="day"):
        if precision == "year":
            delta = start.year - self.published.year
            return {1: "tahun depan", -1: "tahun lalu", 0: "tahun ini"}.get(delta, f"pada {start.year}")
        if precision == "month":
            month = MONTHS_ID[start.month - 1]
            if start.year == self.published.year - 1:
                return f"pada {month} tahun lalu"
            if start.year != self.published.year:
                return f"pada {month} {start.year}"
            return self.pick([f"pada {month}", f"{month} nanti" if self.future else f"{month} lalu"])
        return self.days(start, end)

    def days(self, start, end):
        d1, m1 = start.day, MONTHS_ID[start.month - 1]
        if not end or end == start:
            return self.pick([
                self.with_year(f"pada {d1} {m1}", start),
                f"{WEEKDAYS_ID[start.weekday()]} ({d1}/{start.month})",
                f"{WEEKDAYS_ID[start.weekday()]} ({d1}/{start.month}/{start.year})",
            ])
        if end.month != start.month:
            return self.with_year(f"pada {d1} {m1}-{end.day} {MONTHS_ID[end.month - 1]}", end)
        joined = self.pick(["-", "–", " hingga ", " sampai "])
        return self.pick(["pada ", "pada tanggal ", "pada "]) + self.with_year(f"{d1}{joined}{end.day} {m1}", end)

    def title_of(self, person):
        if person.role == "sg":
            return f"Sekretaris Jenderal {person.organisation}"
        where = "RI" if person.country == "ID" else country_name(person.country, "id")
        if person.role == "fm":
            return f"Menteri Luar Negeri {where}"
        if person.role == "spokesperson":
            return f"Juru Bicara Kementerian Luar Negeri {where}"
        english = COUNTRIES.get(person.country, ("", "", "", "", "President"))[4]
        return f"{HEAD_TITLES_ID.get(english, english)} {where}"

    @staticmethod
    def short(person):
        return person.name.split()[0] if COUNTRIES.get(person.country, ("",) * 4)[3] == "id" else person.name.split()[-1]

    def header(self):
        s, p = self.s, self.published
        guest = next(iter(self.s.people), None)
        titles = [f"{self.name()} digelar di {s.city or country_name(s.country, 'id')}",
                  f"Indonesia dorong kerja sama {self.pick(TOPICS_ID)} di {self.name()}"]
        if guest:
            titles.append(f"{self.title_of(guest).split(' ')[0]} akan hadir {self.name()} di {country_name(s.country, 'id')}")
        if self.rng.random() < 0.9:
            self.text.title = self.pick(titles)
            self.text.paragraph(self.text.title)
        weekday, month = WEEKDAYS_ID[p.weekday()], MONTHS_ID[p.month - 1]
        self.text.paragraph(self.pick([
            f"{weekday}, {p.day} {month} {p.year} {p:%H:%M} WIB",
            f"{weekday}, {p.day} {month} {p.year} | {p:%H:%M} WIB",
            f"date {p:%Y-%m-%d}",
        ]))
        if guest and self.rng.random() < 0.4:
            self.text.paragraph(f"{guest.name}. (ANTARA)")

    def dateline(self):
        p = self.published
        return self.pick([
            "Jakarta (ANTARA News) - ", "Jakarta (ANTARA) - ", "Bisnis.com, JAKARTA - ", "Jakarta: ",
            f"Jakarta, {MONTHS_ID_SHORT[p.month - 1]} {p.day} (ANTARA) - ",
        ])

    def opening(self):
        s, heads = self.s, self.people("head")
        place = f"di {s.city}" if s.city else f"di {country_name(s.country, 'id')}"
        if s.venue and self.rng.random() < 0.5:
            place = f"di {s.venue}, {s.city}"
        when = self.when(s.start, s.end, s.precision)
        refs = ["summit"]
        if heads:
            i, head = heads[0]
            verb = "dijadwalkan menghadiri" if self.future else "menghadiri"
            refs.append(("person", i))
            sentence = f"{self.title_of(head)} {head.name} {verb} {self.name()} yang {'akan ' if self.future else ''}digelar {place} {when}."
        else:
            sentence = f"{self.name()} {'akan digelar' if self.future else 'digelar'} {place} {when}."
        self.text.sentence(self.dateline(), sentence, refs)

    def theme(self):
        s = self.s
        if s.theme:
            host = country_name(s.chair or s.country, "id")
            self.text.paragraph(f"{host} sebagai tuan rumah KTT tahun ini mengangkat tema \"{s.theme}.\"", ["summit"])

    def session_sentence(self, chunk):
        phrases = []
        for i, (kind, day) in chunk:
            phrases.append(f"{self.KINDS.get(kind, 'pertemuan')} {self.when(day, None, self.s.precision)}")
        joined = " dan ".join(phrases)
        verb = "akan didahului oleh" if self.future else "diawali dengan"
        first = self.pick([f"KTT tersebut {verb} {joined}.", f"Rangkaian pertemuan ini mencakup {joined}.",
                           f"Kemudian dilanjutkan dengan {joined}."])
        self.text.paragraph(first, [("meeting", i) for i, _ in chunk])

    def quotes(self):
        for i, person in list(enumerate(self.s.people))[1:5]:
            topic = self.pick(TOPICS_ID)
            intro = (f"{self.title_of(person)} {person.name} dalam sesi briefing dengan media di Jakarta "
                     f"mengatakan bahwa {self.name()} akan membahas {topic}.")
            self.text.paragraph(intro, [("person", i)])
            if self.rng.random() < 0.6:
                said = self.pick(["kata", "ujar", "ungkap"])
                self.text.paragraph(f"\"Pertemuan ini penting untuk memperkuat kerja sama {topic},\" {said} {self.short(person)}.")

    def documents(self):
        docs = self.s.documents
        if not docs:
            return
        titles = [t for t, _ in docs]
        listed = titles[0] if len(titles) == 1 else ", ".join(titles[:-1]) + ", dan " + titles[-1]
        if self.future:
            sentence = f"KTT ini diharapkan menghasilkan beberapa dokumen pokok seperti {listed}."
        else:
            sentence = f"Para pemimpin mengesahkan {listed}."
        self.text.paragraph(sentence, [("document", i) for i in range(len(docs))])

    def filler(self):
        for topic in self.rng.sample(TOPICS_ID, self.rng.randint(1, 3)):
            self.text.paragraph(self.pick([
                f"Indonesia juga akan mendorong kerja sama di bidang {topic} dalam KTT tersebut.",
                f"Menurut dia, kerja sama di bidang {topic} penting bagi kawasan.",
                f"Isu {topic} menjadi salah satu pembahasan utama para pemimpin.",
            ]))
        if self.rng.random() < 0.3:
            self.text.paragraph(f"Baca juga: Menlu bahas {self.pick(TOPICS_ID)} dengan mitra kawasan")

    def credits(self):
        writer, editor = self.rng.sample(JOURNALISTS, 2)
        self.text.paragraph(f"{self.pick(['Pewarta', 'Pewartanya'])}: {writer}")
        self.text.paragraph(f"Editor: {editor}")


class EnglishWriter(Writer):
    KINDS = {
        "permanent_representatives": "the Committee of Permanent Representatives",
        "senior_officials": "the Senior Officials' Meeting",
        "ministerial": "a ministerial meeting",
        "plenary": "a plenary session",
        "retreat": "a retreat",
        "bilateral": "a bilateral meeting",
        "gathering": "a gala dinner",
        "side_summit": "a leaders' meeting on the sidelines",
        "other": "a business forum",
    }

    def name(self):
        s = self.s
        if s.ordinal and s.organisation == "ASEAN" and self.rng.random() < 0.3:
            return f"{s.name_en} and Related Summits"
        return s.name_en

    def when(self, start, end=None, precision="day"):
        if precision == "year":
            delta = start.year - self.published.year
            return {1: "next year", -1: "last year", 0: "this year"}.get(delta, f"in {start.year}")
        if precision == "month":
            month = MONTHS_EN[start.month - 1]
            if start.year != self.published.year:
                return f"in {month} {start.year}"
            return self.pick([f"in {month}", f"later in {month}" if self.future else f"last {month}"])
        return self.days(start, end)

    def days(self, start, end):
        m1, short1 = MONTHS_EN[start.month - 1], MONTHS_EN[start.month - 1][:3]
        if not end or end == start:
            return self.pick([f"on {WEEKDAYS_EN[start.weekday()]} ({short1} {start.day})",
                              self.with_year(f"on {m1} {start.day}", start)])
        short2 = MONTHS_EN[end.month - 1][:3]
        if end.month != start.month:
            return self.pick([f"from {short1} {start.day} to {short2} {end.day}", f"{short1} {start.day} to {short2} {end.day}"])
        return self.pick([
            f"on {m1} {start.day}-{end.day}", f"on {short1} {start.day}-{end.day}",
            f"from {short1} {start.day} to {short1} {end.day}", f"on {m1} {start.day}-{end.day}, {end.year}",
            self.with_year(f"on {start.day}-{end.day} {m1}", end),
        ])

    def title_of(self, person):
        if person.role == "sg":
            return f"{person.organisation} Secretary-General"
        name, _, demonym, _, head = COUNTRIES.get(person.country, (country_name(person.country, "en"), "", "", "", "President"))[:5]
        if person.role == "fm":
            return self.pick([f"{demonym} Foreign Minister", "Minister for Foreign Affairs"]) if demonym else "Foreign Minister"
        if person.role == "spokesperson":
            return f"{demonym} foreign ministry spokesperson"
        possessive = f"{name[0].upper()}{name[1:]}" + ("'" if name.endswith("s") else "'s")
        return self.pick([f"{demonym} {head}", f"{possessive} {head}"]) if demonym else head

    def header(self):
        s, p = self.s, self.published
        titles = [f"{s.organisation or 'Leaders'} leaders meet in {s.city or country_name(s.country, 'en')}",
                  f"{self.name()} to focus on {self.pick(TOPICS_EN)}"]
        if self.rng.random() < 0.9:
            self.text.title = self.pick(titles)
            self.text.paragraph(self.text.title)
        self.text.paragraph(self.pick([
            f"Published: {MONTHS_EN[p.month - 1]} {p.day}, {p.year}", f"date {p:%Y-%m-%d}",
            f"{MONTHS_EN[p.month - 1][:3]} {p.day}, {p.year} {p:%I:%M} {'am' if p.hour < 12 else 'pm'}",
        ]))

    def dateline(self):
        city = (self.s.city or "Jakarta").upper()
        return self.pick([f"{city}: ", "JAKARTA (Reuters) - ", "Jakarta (ANTARA) - ", "Jakarta: "])

    def opening(self):
        s, heads = self.s, self.people("head")
        place = f"in {s.city}" if s.city else f"in {country_name(s.country, 'en')}"
        if s.venue and self.rng.random() < 0.5:
            place = f"at the {s.venue} in {s.city}"
        when = self.when(s.start, s.end, s.precision)
        refs = ["summit"]
        if heads:
            i, head = heads[0]
            refs.append(("person", i))
            verb = "will attend" if self.future else "attended"
            sentence = f"{self.title_of(head)} {head.name} {verb} the {self.name()} {place} {when}."
        else:
            sentence = f"The {self.name()} {'will be held' if self.future else 'was held'} {place} {when}."
        self.text.sentence(self.dateline(), sentence, refs)

    def theme(self):
        s = self.s
        if s.theme:
            chair = country_name(s.chair or s.country, "en")
            lead = f"{chair[0].upper()}{chair[1:]}, the Chair of {s.organisation} for {s.start.year}," if s.organisation else "The hosts"
            self.text.paragraph(f"{lead} will host the summit under the theme \"{s.theme}\".", ["summit"])

    def session_sentence(self, chunk):
        phrases = [f"{self.KINDS.get(kind, 'a meeting')} {self.when(day, None, self.s.precision)}" for _, (kind, day) in chunk]
        joined = " and ".join(phrases)
        verb = "will be preceded by" if self.future else "opened with"
        self.text.paragraph(self.pick([f"The summit {verb} {joined}.", f"The programme includes {joined}."]),
                            [("meeting", i) for i, _ in chunk])

    def quotes(self):
        for i, person in list(enumerate(self.s.people))[1:5]:
            topic = self.pick(TOPICS_EN)
            self.text.paragraph(f"{self.title_of(person)} {person.name} told reporters the leaders would discuss {topic}.",
                                [("person", i)])
            if self.rng.random() < 0.6:
                surname = person.name.split()[-1]
                self.text.paragraph(f"\"This meeting matters for {topic},\" {surname} said.")

    def documents(self):
        docs = self.s.documents
        if not docs:
            return
        titles = [t for t, _ in docs]
        listed = titles[0] if len(titles) == 1 else ", ".join(titles[:-1]) + " and " + titles[-1]
        verb = "are expected to adopt" if self.future else "adopted"
        self.text.paragraph(f"The leaders {verb} {listed}.", [("document", i) for i in range(len(docs))])

    def filler(self):
        for topic in self.rng.sample(TOPICS_EN, self.rng.randint(1, 3)):
            self.text.paragraph(self.pick([
                f"Officials said cooperation on {topic} would feature prominently in the talks.",
                f"Analysts expect little progress on {topic}, though the talks remain cordial.",
                f"Several delegations also raised {topic} in the closed-door session.",
            ]))
        if self.rng.random() < 0.3:
            self.text.paragraph("Share this article: Facebook | X | WhatsApp")

    def credits(self):
        writer, editor = self.rng.sample(JOURNALISTS, 2)
        self.text.paragraph(self.pick([f"(Reporting by {writer}; Editing by {editor})", f"Reporter: {writer}\n\nEditor: {editor}"]))
