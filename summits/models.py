"""The diplomatic calendar: organisations, summits, meetings, people, documents, and the
articles every fact was read from.

Dates may be known only to the month or the year. Each such field stores the first day
of the period (what the schedule sorts by) and its precision beside it; pages show the
period at that precision and never invent a day (see `summits.periods`).
"""
import hashlib
import operator
import re
import unicodedata
from functools import reduce

from django.db import models
from django.db.models import F, Q
from django.urls import reverse
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField

from . import periods
from .bulk import insert_plain_rows


class Precision(models.TextChoices):
    DAY = "day", _("day")
    MONTH = "month", _("month")
    YEAR = "year", _("year")


class ReviewStatus(models.TextChoices):
    """How far a person has vouched for a record. Imports never overwrite edited or
    reviewed values: they record a Conflict instead."""

    IMPORTED = "imported", _("imported, not reviewed")
    EDITED = "edited", _("edited by an editor")
    REVIEWED = "reviewed", _("reviewed")


def name_key(text):
    """Comparable form of a name or title: accents, case, punctuation and spacing
    removed ("Chandra W.Yudha" and "Chandra W. Yudha" give the same key)."""
    text = unicodedata.normalize("NFKD", text or "")
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    return " ".join(re.findall(r"[a-z0-9]+", text))


def unique_slug(model, text, *, max_length=80, exclude_pk=None):
    base = slugify(text)[:max_length].strip("-") or model._meta.model_name
    slug, n = base, 2
    others = model._default_manager.exclude(pk=exclude_pk) if exclude_pk else model._default_manager
    while others.filter(slug=slug).exists():
        suffix = f"-{n}"
        slug, n = base[: max_length - len(suffix)] + suffix, n + 1
    return slug


class Period(models.Model):
    """A span of days known to some precision. `start` is the first day of its period."""

    start = models.DateField(_("start"), null=True, blank=True, db_index=True)
    start_precision = models.CharField(
        _("start precision"), max_length=5, choices=Precision.choices, default=Precision.DAY
    )
    end = models.DateField(_("end"), null=True, blank=True)
    end_precision = models.CharField(
        _("end precision"), max_length=5, choices=Precision.choices, default=Precision.DAY
    )

    class Meta:
        abstract = True
        constraints = [
            # An event cannot end before it starts; an open end (NULL) is allowed.
            models.CheckConstraint(
                condition=Q(end__isnull=True) | Q(start__isnull=True) | Q(end__gte=F("start")),
                name="%(app_label)s_%(class)s_end_not_before_start",
            ),
        ]

    @property
    def period_display(self):
        return periods.format_period(self.start, self.start_precision, self.end, self.end_precision)

    @property
    def last_day(self):
        """Last day the event may cover: for overlap tests, never shown."""
        return periods.last_day(self.end or self.start, self.end_precision if self.end else self.start_precision)


class Organisation(models.Model):
    short_name = models.CharField(_("short name"), max_length=40, unique=True)
    slug = models.SlugField(max_length=60, unique=True)
    name_en = models.CharField(_("name in English"), max_length=200, blank=True)
    name_id = models.CharField(_("name in Indonesian"), max_length=200, blank=True)

    class Meta:
        ordering = ["short_name"]
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")

    def __str__(self):
        return self.short_name

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = unique_slug(Organisation, self.short_name)
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("summits:organisation", args=[self.slug])

    def member_countries(self, on_date):
        """ISO codes of the members on that day (membership changes over time)."""
        return [m.country.code for m in self.memberships.active_on(on_date)]


class MembershipQuerySet(models.QuerySet):
    def active_on(self, on_date):
        return self.filter(Q(joined__isnull=True) | Q(joined__lte=on_date)).filter(
            Q(left__isnull=True) | Q(left__gt=on_date)
        )


class Membership(models.Model):
    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="memberships")
    country = CountryField(_("country"))
    joined = models.DateField(_("joined"), null=True, blank=True)
    left = models.DateField(_("left"), null=True, blank=True)

    objects = MembershipQuerySet.as_manager()

    class Meta:
        ordering = ["organisation", "joined", "country"]
        verbose_name = _("membership")
        verbose_name_plural = _("memberships")
        constraints = [
            models.UniqueConstraint(fields=["organisation", "country", "joined"], name="membership_unique_spell"),
            # A member cannot leave before it joined.
            models.CheckConstraint(
                condition=Q(left__isnull=True) | Q(joined__isnull=True) | Q(left__gte=F("joined")),
                name="membership_left_not_before_joined",
            ),
        ]

    def __str__(self):
        return f"{self.organisation} – {self.country.name}"


class SummitMode(models.TextChoices):
    REGULAR = "regular", _("regular")
    EXTRAORDINARY = "extraordinary", _("extraordinary")
    SPECIAL = "special", _("special")
    COMMEMORATIVE = "commemorative", _("commemorative")


class Summit(Period):
    name = models.CharField(_("name"), max_length=300)
    slug = models.SlugField(max_length=120, unique=True)
    organisation = models.ForeignKey(
        Organisation, on_delete=models.PROTECT, null=True, blank=True, related_name="summits",
        verbose_name=_("organisation"),
    )
    ordinal = models.PositiveSmallIntegerField(_("ordinal"), null=True, blank=True, help_text=_("32 for the 32nd"))
    # A partner series is numbered apart from the organisation's own summits: the 21st
    # ASEAN-China Summit (partners "CN") is not the 21st ASEAN Summit (partners "").
    partners = models.CharField(
        _("partners"), max_length=60, blank=True, default="", db_default="",
        help_text=_("The other side of a partner series, as codes: CN for ASEAN-China, CN GCC for ASEAN-GCC-China."),
    )
    host_country = CountryField(_("host country"), blank=True, db_index=True)
    city = models.CharField(_("city"), max_length=120, blank=True)
    venue = models.CharField(_("venue"), max_length=200, blank=True)
    theme = models.CharField(_("theme"), max_length=300, blank=True)
    chair_country = CountryField(_("chair country"), blank=True)
    mode = models.CharField(_("mode"), max_length=15, choices=SummitMode.choices, default=SummitMode.REGULAR)
    virtual = models.BooleanField(_("held virtually"), default=False)
    parent = models.ForeignKey(
        "self", on_delete=models.SET_NULL, null=True, blank=True, related_name="side_summits",
        verbose_name=_("held alongside"),
    )
    review_status = models.CharField(
        _("review status"), max_length=10, choices=ReviewStatus.choices, default=ReviewStatus.IMPORTED
    )
    created = models.DateTimeField(auto_now_add=True)
    updated = models.DateTimeField(auto_now=True)

    class Meta(Period.Meta):
        ordering = ["start", "name"]
        verbose_name = _("summit")
        verbose_name_plural = _("summits")
        constraints = [
            *Period.Meta.constraints,
            # "KTT ASEAN ke-32" is one event whoever reports it (and the 32nd of a partner series another).
            models.UniqueConstraint(
                fields=["organisation", "partners", "ordinal"],
                condition=Q(organisation__isnull=False, ordinal__isnull=False),
                name="summit_one_per_series_ordinal",
            ),
        ]
        # The schedule lists top-level summits (no parent) in date order, a window at a
        # time: this index gives that order without sorting the whole table.
        indexes = [models.Index(fields=["parent", "start"], name="summit_parent_start_idx")]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = unique_slug(Summit, f"{self.name} {self.start.year if self.start else ''}")
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("summits:summit", args=[self.slug])

    def member_countries(self):
        if not (self.organisation_id and self.start):
            return []
        return self.organisation.member_countries(self.start)

    def involved_countries(self):
        """Every country tied to the summit, by role: host, chair, members of its
        organisation at the time, participants' countries, venues and chairs of its
        meetings and side summits."""
        return summit_country_roles([self])[self.pk]

    def refresh_countries(self):
        """Rewrite the SummitCountry rows that the country filter reads."""
        refresh_summit_countries([self])


def summit_country_roles(summits):
    """{summit pk: {country code: {roles}}} for saved summits, in five queries whatever
    their number (an import refreshes every summit an article touched)."""
    roles = {s.pk: {} for s in summits}

    def add(pk, code, role):
        if code and pk in roles:
            roles[pk].setdefault(str(code), set()).add(role)

    for summit in summits:
        add(summit.pk, summit.host_country, CountryRole.HOST)
        add(summit.pk, summit.chair_country, CountryRole.CHAIR)
    dated = {}
    for s in summits:
        if s.organisation_id and s.start:
            dated.setdefault(s.organisation_id, []).append(s)
    memberships = Membership.objects.filter(organisation_id__in=dated)
    # Members on the summit's first day, by the rule of MembershipQuerySet.active_on.
    for organisation_id, country, joined, left in memberships.values_list("organisation_id", "country", "joined", "left"):
        for summit in dated[organisation_id]:
            if (joined is None or joined <= summit.start) and (left is None or left > summit.start):
                add(summit.pk, country, CountryRole.MEMBER)
    for pk, country, chair in Meeting.objects.filter(summit__in=roles).values_list("summit_id", "country", "chair_country"):
        add(pk, country, CountryRole.VENUE)
        add(pk, chair, CountryRole.CHAIR)
    for pk, country, chair in Summit.objects.filter(parent__in=roles).values_list("parent_id", "host_country", "chair_country"):
        add(pk, country, CountryRole.VENUE)
        add(pk, chair, CountryRole.CHAIR)
    # Two indexed look-ups: an OR across the join would scan every attendance.
    for event in ("summit", "meeting__summit"):
        rows = Attendance.objects.filter(**{f"{event}__in": roles}).values_list(f"{event}_id", "participant__country")
        for pk, country in rows:
            add(pk, country, CountryRole.PARTICIPANT)
    return roles


def refresh_summit_countries(summits):
    """Rewrite the SummitCountry rows of these summits: a constant number of queries."""
    summits = [s for s in summits if s.pk]
    if not summits:
        return
    wanted = {(pk, code, role) for pk, by_code in summit_country_roles(summits).items()
              for code, rs in by_code.items() for role in rs}
    have = {(pk, str(code), role): row for row, pk, code, role in
            SummitCountry.objects.filter(summit__in=summits).values_list("pk", "summit_id", "country", "role")}
    stale = [row for key, row in have.items() if key not in wanted]
    if stale:
        SummitCountry.objects.filter(pk__in=stale).delete()
    # Plain rows, as bulk_create(ignore_conflicts=True) would write them: an import
    # refreshes hundreds of summits, and an instance per row cost more than the rest.
    insert_plain_rows(SummitCountry, ["summit", "country", "role"], sorted(wanted - have.keys()), ignore_conflicts=True)
    from .facets import stale  # the filter form's counts follow the rows just written (facets imports this module)

    stale()


class CountryRole(models.TextChoices):
    HOST = "host", _("host")
    CHAIR = "chair", _("chair")
    MEMBER = "member", _("member")
    PARTICIPANT = "participant", _("participant")
    VENUE = "venue", _("venue of a meeting")


class SummitCountry(models.Model):
    """Denormalised "countries involved" of a summit, kept by Summit.refresh_countries().

    Filtering the schedule by country is one indexed lookup on (country, summit) here
    instead of a scan over hosts, chairs, meetings and attendances."""

    summit = models.ForeignKey(Summit, on_delete=models.CASCADE, related_name="countries")
    country = CountryField(_("country"))
    role = models.CharField(_("role"), max_length=12, choices=CountryRole.choices)

    class Meta:
        verbose_name = _("country involved")
        verbose_name_plural = _("countries involved")
        constraints = [
            models.UniqueConstraint(fields=["summit", "country", "role"], name="summitcountry_unique_role"),
        ]
        indexes = [models.Index(fields=["country", "summit"], name="summitcountry_country_idx")]

    def __str__(self):
        return f"{self.country.code} ({self.role}) – {self.summit}"


class Facet(models.TextChoices):
    COUNTRY = "country", _("country")
    YEAR = "year", _("year")
    ORGANISATION = "organisation", _("organisation")


class FacetCount(models.Model):
    """How many summits one option of the schedule's filter form matches ("Indonesia
    (3,412)"), stored so the form costs one small read whatever the archive's size:
    counted live, the countries alone read every SummitCountry row. Derived data,
    rewritten by `summits.facets` after every change to summits (never exported)."""

    facet = models.CharField(max_length=12, choices=Facet.choices)
    value = models.CharField(max_length=60, help_text="ISO code, year, or organisation slug")
    label = models.CharField(max_length=40, blank=True, help_text="the organisation's short name")
    summits = models.PositiveIntegerField()

    class Meta:
        constraints = [models.UniqueConstraint(fields=["facet", "value"], name="facetcount_unique_value")]

    def __str__(self):
        return f"{self.facet} {self.value}: {self.summits}"


class MeetingKind(models.TextChoices):
    PLENARY = "plenary", _("plenary session")
    RETREAT = "retreat", _("retreat session")
    SENIOR_OFFICIALS = "senior_officials", _("senior officials' meeting")
    MINISTERIAL = "ministerial", _("ministerial meeting")
    PERMANENT_REPRESENTATIVES = "permanent_representatives", _("permanent representatives' meeting")
    BILATERAL = "bilateral", _("bilateral meeting")
    SIDE_SUMMIT = "side_summit", _("side summit")
    GATHERING = "gathering", _("gathering")
    OTHER = "other", _("other")


class Meeting(Period):
    """A session or related meeting of a summit, or a standalone meeting."""

    summit = models.ForeignKey(
        Summit, on_delete=models.CASCADE, null=True, blank=True, related_name="meetings", verbose_name=_("summit")
    )
    name = models.CharField(_("name"), max_length=300)
    kind = models.CharField(_("kind"), max_length=30, choices=MeetingKind.choices, default=MeetingKind.OTHER)
    country = CountryField(_("country"), blank=True)
    city = models.CharField(_("city"), max_length=120, blank=True)
    venue = models.CharField(_("venue"), max_length=200, blank=True)
    chair_country = CountryField(_("chair country"), blank=True)
    review_status = models.CharField(
        _("review status"), max_length=10, choices=ReviewStatus.choices, default=ReviewStatus.IMPORTED
    )

    class Meta(Period.Meta):
        ordering = ["start", "name"]
        verbose_name = _("meeting")
        verbose_name_plural = _("meetings")
        indexes = [models.Index(fields=["summit", "start"], name="meeting_summit_start_idx")]

    def __str__(self):
        return self.name


class Participant(models.Model):
    """A person who takes part in summits and meetings."""

    name = models.CharField(_("name"), max_length=200)
    key = models.CharField(max_length=200, db_index=True, editable=False, help_text="name_key(name)")
    slug = models.SlugField(max_length=120, unique=True)
    country = CountryField(_("country"), blank=True, help_text=_("Government represented; empty for an international official."))
    title = models.CharField(_("current title"), max_length=200, blank=True)
    organisation = models.ForeignKey(
        Organisation, on_delete=models.SET_NULL, null=True, blank=True, related_name="officials",
        verbose_name=_("organisation"),
    )
    review_status = models.CharField(
        _("review status"), max_length=10, choices=ReviewStatus.choices, default=ReviewStatus.IMPORTED
    )

    class Meta:
        ordering = ["name"]
        verbose_name = _("participant")
        verbose_name_plural = _("participants")

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        self.key = name_key(self.name)
        if not self.slug:
            self.slug = unique_slug(Participant, self.name)
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("summits:person", args=[self.slug])


class Alias(models.Model):
    """Another name a participant is known by: "Jokowi" for Joko Widodo."""

    participant = models.ForeignKey(Participant, on_delete=models.CASCADE, related_name="aliases")
    name = models.CharField(_("alias"), max_length=200)
    key = models.CharField(max_length=200, db_index=True, editable=False)

    class Meta:
        verbose_name = _("alias")
        verbose_name_plural = _("aliases")
        constraints = [models.UniqueConstraint(fields=["participant", "key"], name="alias_unique_per_participant")]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        self.key = name_key(self.name)
        super().save(*args, **kwargs)


class AttendanceRole(models.TextChoices):
    HEAD_OF_DELEGATION = "head_of_delegation", _("head of delegation")
    CHAIR = "chair", _("chair")
    SPOKESPERSON = "spokesperson", _("spokesperson")
    OFFICIAL = "official", _("official")


class Attendance(models.Model):
    """A participant at a summit or at one of its meetings, with the title held then."""

    participant = models.ForeignKey(Participant, on_delete=models.CASCADE, related_name="attendances")
    summit = models.ForeignKey(Summit, on_delete=models.CASCADE, null=True, blank=True, related_name="attendances")
    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, null=True, blank=True, related_name="attendances")
    role = models.CharField(_("role"), max_length=20, choices=AttendanceRole.choices, default=AttendanceRole.OFFICIAL)
    title = models.CharField(_("title then"), max_length=200, blank=True)
    review_status = models.CharField(
        _("review status"), max_length=10, choices=ReviewStatus.choices, default=ReviewStatus.IMPORTED
    )

    class Meta:
        verbose_name = _("attendance")
        verbose_name_plural = _("attendances")
        constraints = [
            # Attending means attending something.
            models.CheckConstraint(
                condition=Q(summit__isnull=False) | Q(meeting__isnull=False), name="attendance_has_event"
            ),
            models.UniqueConstraint(
                fields=["participant", "summit"], condition=Q(meeting__isnull=True),
                name="attendance_once_per_summit",
            ),
            models.UniqueConstraint(
                fields=["participant", "meeting"], condition=Q(meeting__isnull=False),
                name="attendance_once_per_meeting",
            ),
        ]

    def __str__(self):
        return f"{self.participant} at {self.meeting or self.summit}"


class DocumentKind(models.TextChoices):
    DECLARATION = "declaration", _("declaration")
    STATEMENT = "statement", _("statement")
    VISION = "vision", _("vision")
    CONCEPT_NOTE = "concept_note", _("concept note")
    AGREEMENT = "agreement", _("agreement")
    CONSENSUS = "consensus", _("consensus")
    OTHER = "other", _("other")


class DocumentStatus(models.TextChoices):
    EXPECTED = "expected", _("expected")
    ADOPTED = "adopted", _("adopted")
    MENTIONED = "mentioned", _("mentioned")


class Document(models.Model):
    title = models.CharField(_("title"), max_length=400)
    key = models.CharField(max_length=400, db_index=True, editable=False, help_text="name_key(title)")
    slug = models.SlugField(max_length=120, unique=True)
    kind = models.CharField(_("kind"), max_length=15, choices=DocumentKind.choices, default=DocumentKind.OTHER)
    summit = models.ForeignKey(
        Summit, on_delete=models.SET_NULL, null=True, blank=True, related_name="documents", verbose_name=_("summit")
    )
    status = models.CharField(
        _("status"), max_length=10, choices=DocumentStatus.choices, default=DocumentStatus.MENTIONED
    )
    date = models.DateField(_("date"), null=True, blank=True)
    date_precision = models.CharField(
        _("date precision"), max_length=5, choices=Precision.choices, default=Precision.DAY
    )
    review_status = models.CharField(
        _("review status"), max_length=10, choices=ReviewStatus.choices, default=ReviewStatus.IMPORTED
    )

    class Meta:
        ordering = ["title"]
        verbose_name = _("document")
        verbose_name_plural = _("documents")

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        self.key = name_key(self.title)
        if not self.slug:
            self.slug = unique_slug(Document, self.title)
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("summits:document", args=[self.slug])

    @property
    def date_display(self):
        return periods.format_period(self.date, self.date_precision)


class Language(models.TextChoices):
    INDONESIAN = "id", _("Indonesian")
    ENGLISH = "en", _("English")
    OTHER = "other", _("other")


class ImportStatus(models.TextChoices):
    NEW = "new", _("not imported yet")
    QUEUED = "queued", _("queued")
    IMPORTED = "imported", _("imported")
    FAILED = "failed", _("failed")


def normalise_body(text):
    """The form whose hash identifies an article: the same text pasted twice, or with
    other line endings or spacing, is one article."""
    text = unicodedata.normalize("NFC", text or "").replace("\ufeff", "")
    return "\n".join(" ".join(line.split()) for line in text.splitlines() if line.strip())


def body_sha256(text):
    return hashlib.sha256(normalise_body(text).encode("utf-8")).hexdigest()


class Article(models.Model):
    title = models.CharField(_("title"), max_length=500, blank=True)
    source = models.CharField(_("source"), max_length=120, blank=True)
    url = models.URLField(_("URL"), max_length=1000, blank=True)
    published = models.DateTimeField(_("published"), null=True, blank=True, db_index=True)
    published_offset = models.SmallIntegerField(
        _("UTC offset of the publication time, minutes"), null=True, blank=True,
        help_text=_("+420 for WIB: the zone the article was dated in."),
    )
    language = models.CharField(_("language"), max_length=5, choices=Language.choices, default=Language.OTHER)
    # Who wrote it, as its page's byline or its own credits name them ("Pewarta: ...").
    authors = models.CharField(_("authors"), max_length=300, blank=True, db_default="", default="",
                               help_text=_("Names separated by “; ”."))
    editors = models.CharField(_("editors"), max_length=300, blank=True, db_default="", default="",
                               help_text=_("Names separated by “; ”."))
    body = models.TextField(_("text"))
    sha256 = models.CharField(max_length=64, unique=True, editable=False)
    import_status = models.CharField(
        _("import status"), max_length=10, choices=ImportStatus.choices, default=ImportStatus.NEW
    )
    last_error = models.TextField(_("last error"), blank=True)
    added = models.DateTimeField(_("added"), auto_now_add=True)
    imported = models.DateTimeField(_("imported"), null=True, blank=True)
    import_counts = models.JSONField(
        # db_default too: bulk loaders that insert rows with SQL (generate_demo) need not name it.
        _("what the import produced"), default=dict, db_default=models.Value({}, output_field=models.JSONField()),
        blank=True, editable=False,
        help_text='Set by the importer: {"created": {"summit": 1, ...}, "merged": {...}, "conflicts": 0}.',
    )

    class Meta:
        ordering = ["-published", "-added"]
        verbose_name = _("article")
        verbose_name_plural = _("articles")

    def __str__(self):
        return self.title or self.body[:80]

    def save(self, *args, **kwargs):
        self.sha256 = body_sha256(self.body)
        super().save(*args, **kwargs)


def _exactly_one_of(*fields):
    """Q that holds when exactly one of the foreign keys is set."""
    return reduce(
        operator.or_,
        (Q(**{f"{other}__isnull": other != chosen for other in fields}) for chosen in fields),
    )


class Evidence(models.Model):
    """Provenance: the sentence of an article that one record (or one of its fields)
    was read from. Exactly one of summit, meeting, attendance, document, participant is
    set (a participant's own evidence: the sentence naming them, even when the article
    ties them to no event)."""

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="evidence")
    sentence = models.TextField(_("sentence"))
    start = models.PositiveIntegerField(_("start offset"))
    end = models.PositiveIntegerField(_("end offset"))
    field = models.CharField(_("fact"), max_length=40, blank=True, help_text=_("Which fact: empty for the record itself."))
    summit = models.ForeignKey(Summit, on_delete=models.CASCADE, null=True, blank=True, related_name="evidence")
    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, null=True, blank=True, related_name="evidence")
    attendance = models.ForeignKey(Attendance, on_delete=models.CASCADE, null=True, blank=True, related_name="evidence")
    document = models.ForeignKey(Document, on_delete=models.CASCADE, null=True, blank=True, related_name="evidence")
    participant = models.ForeignKey(
        Participant, on_delete=models.CASCADE, null=True, blank=True, related_name="evidence"
    )

    class Meta:
        verbose_name = _("evidence")
        verbose_name_plural = _("evidence")
        constraints = [
            # One piece of evidence backs exactly one record.
            models.CheckConstraint(
                condition=_exactly_one_of("summit", "meeting", "attendance", "document", "participant"),
                name="evidence_backs_one_record",
            ),
            models.CheckConstraint(condition=Q(end__gte=F("start")), name="evidence_offsets_ordered"),
        ]

    def __str__(self):
        return self.sentence[:100]


class Conflict(models.Model):
    """An import that disagrees with a record's value: kept here for a person to decide,
    never applied over a value an editor has vouched for (and, for unreviewed records,
    never applied over a non-empty value either: see summits.importing.merge).
    One disagreement is one Conflict, whatever the number of articles stating it:
    `article` is the first of them, `sources` all of them, so an editor decides once."""

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="conflicts")
    sources = models.ManyToManyField(
        Article, related_name="stated_conflicts", blank=True, verbose_name=_("sources"),
        help_text=_("Every article stating the value in the article (the first one included)."),
    )
    summit = models.ForeignKey(Summit, on_delete=models.CASCADE, null=True, blank=True, related_name="conflicts")
    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, null=True, blank=True, related_name="conflicts")
    document = models.ForeignKey(Document, on_delete=models.CASCADE, null=True, blank=True, related_name="conflicts")
    participant = models.ForeignKey(
        Participant, on_delete=models.CASCADE, null=True, blank=True, related_name="conflicts"
    )
    field = models.CharField(_("field"), max_length=40)
    current_value = models.CharField(_("current value"), max_length=400, blank=True)
    proposed_value = models.CharField(_("value in the article"), max_length=400, blank=True)
    sentence = models.TextField(_("evidence sentence"), blank=True)
    resolved = models.BooleanField(_("resolved"), default=False)
    created = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["resolved", "-created"]
        verbose_name = _("conflict")
        verbose_name_plural = _("conflicts")

    def __str__(self):
        record = self.summit or self.meeting or self.document or self.participant
        return f"{record}: {self.field} {self.current_value!r} vs {self.proposed_value!r}"
