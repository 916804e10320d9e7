"""Reference data: the organisations the extractor knows, and their members over time.

Frozen here as a migration (not loaded from a file that may change later) so every
database, test databases included, starts with the same organisations."""
import datetime as dt

from django.db import migrations

ASEAN_FOUNDERS = ["ID", "MY", "PH", "SG", "TH"]

ORGANISATIONS = [
    # short name, English name, Indonesian name, [(country, joined, left)]
    ("ASEAN", "Association of Southeast Asian Nations", "Perhimpunan Bangsa-Bangsa Asia Tenggara",
     [(c, "1967-08-08", None) for c in ASEAN_FOUNDERS]
     + [("BN", "1984-01-07", None), ("VN", "1995-07-28", None), ("LA", "1997-07-23", None),
        ("MM", "1997-07-23", None), ("KH", "1999-04-30", None), ("TL", "2025-10-26", None)]),
    ("EAS", "East Asia Summit", "KTT Asia Timur",
     [(c, "2005-12-14", None) for c in ["BN", "KH", "ID", "LA", "MY", "MM", "PH", "SG", "TH", "VN",
                                         "AU", "CN", "IN", "JP", "NZ", "KR"]]
     + [("RU", "2011-11-19", None), ("US", "2011-11-19", None), ("TL", "2025-10-26", None)]),
    ("G20", "Group of Twenty", "Kelompok 20",
     [(c, "1999-09-26", None) for c in ["AR", "AU", "BR", "CA", "CN", "FR", "DE", "IN", "ID", "IT", "JP",
                                         "KR", "MX", "RU", "SA", "ZA", "TR", "GB", "US"]]),
    ("APEC", "Asia-Pacific Economic Cooperation", "Kerja Sama Ekonomi Asia-Pasifik",
     [(c, "1989-11-06", None) for c in ["AU", "BN", "CA", "ID", "JP", "KR", "MY", "NZ", "PH", "SG", "TH", "US"]]
     + [(c, "1991-11-12", None) for c in ["CN", "HK", "TW"]]
     + [("MX", "1993-11-17", None), ("PG", "1993-11-17", None), ("CL", "1994-11-11", None),
        ("PE", "1998-11-14", None), ("RU", "1998-11-14", None), ("VN", "1998-11-14", None)]),
    ("IMT-GT", "Indonesia-Malaysia-Thailand Growth Triangle", "Segitiga Pertumbuhan Indonesia-Malaysia-Thailand",
     [(c, "1993-07-20", None) for c in ["ID", "MY", "TH"]]),
    ("BIMP-EAGA", "Brunei Darussalam-Indonesia-Malaysia-Philippines East ASEAN Growth Area",
     "Kawasan Pertumbuhan ASEAN Timur Brunei Darussalam-Indonesia-Malaysia-Filipina",
     [(c, "1994-03-26", None) for c in ["BN", "ID", "MY", "PH"]]),
    ("OIC", "Organisation of Islamic Cooperation", "Organisasi Kerja Sama Islam (OKI)", []),
    ("UN", "United Nations", "Perserikatan Bangsa-Bangsa (PBB)", []),
    ("IMF-World Bank", "International Monetary Fund and World Bank Group", "Dana Moneter Internasional dan Bank Dunia", []),
    ("MIKTA", "Mexico, Indonesia, Korea, Türkiye, Australia", "MIKTA",
     [(c, "2013-09-25", None) for c in ["MX", "ID", "KR", "TR", "AU"]]),
    ("BRICS", "BRICS", "BRICS",
     [(c, "2009-06-16", None) for c in ["BR", "RU", "IN", "CN"]] + [("ZA", "2010-12-24", None),
     ("EG", "2024-01-01", None), ("ET", "2024-01-01", None), ("IR", "2024-01-01", None),
     ("AE", "2024-01-01", None), ("ID", "2025-01-06", None)]),
]


def add_organisations(apps, schema_editor):
    Organisation = apps.get_model("summits", "Organisation")
    Membership = apps.get_model("summits", "Membership")
    for short, en, id_, members in ORGANISATIONS:
        org, _ = Organisation.objects.get_or_create(
            short_name=short, defaults={"slug": short.lower(), "name_en": en, "name_id": id_}
        )
        for country, joined, left in members:
            Membership.objects.get_or_create(
                organisation=org, country=country, joined=dt.date.fromisoformat(joined),
                defaults={"left": dt.date.fromisoformat(left) if left else None},
            )


def remove_organisations(apps, schema_editor):
    Organisation = apps.get_model("summits", "Organisation")
    Organisation.objects.filter(short_name__in=[o[0] for o in ORGANISATIONS], summits__isnull=True).delete()


class Migration(migrations.Migration):
    dependencies = [("summits", "0001_initial")]
    operations = [migrations.RunPython(add_organisations, remove_organisations)]
