"""Load demo data for `make run`. Safe to run again: it changes nothing the second time.

Until the importer lands (issue #4), the demo is the seed article's summit written
directly; afterwards this imports the demo articles through the real importer."""
import datetime as dt

from django.core.management.base import BaseCommand
from django.db import transaction

from summits.models import Meeting, MeetingKind, Organisation, Precision, Summit


class Command(BaseCommand):
    help = "Load the demo summits (idempotent)."

    @transaction.atomic
    def handle(self, *args, **options):
        asean = Organisation.objects.get(short_name="ASEAN")
        summit, created = Summit.objects.get_or_create(
            organisation=asean, ordinal=32,
            defaults=dict(
                name="32nd ASEAN Summit", host_country="SG", city="Singapore",
                start=dt.date(2018, 4, 27), end=dt.date(2018, 4, 28), theme="Resilient and Innovative ASEAN",
                chair_country="SG",
            ),
        )
        if created:
            sessions = [
                ("Committee of Permanent Representatives", MeetingKind.PERMANENT_REPRESENTATIVES, 25),
                ("Senior Officials' Meeting", MeetingKind.SENIOR_OFFICIALS, 26),
                ("ASEAN Ministerial Meeting", MeetingKind.MINISTERIAL, 27),
                ("Plenary session", MeetingKind.PLENARY, 27),
                ("Retreat session", MeetingKind.RETREAT, 28),
            ]
            for name, kind, day in sessions:
                Meeting.objects.create(summit=summit, name=name, kind=kind, start=dt.date(2018, 4, day), country="SG", city="Singapore")
            Summit.objects.create(
                name="ASEAN Leaders' Gathering", organisation=asean, host_country="ID", city="Bali",
                start=dt.date(2018, 10, 1), start_precision=Precision.MONTH,
            )
            for s in Summit.objects.all():
                s.refresh_countries()
        self.stdout.write(f"Demo data: {Summit.objects.count()} summits.")
