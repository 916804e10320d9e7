"""Vocabulary of the synthetic demo data (`generate_demo`): countries with their names in
both languages, cities, people's names by region, organisations and their summit names.

Made-up material in the shapes of /work/shared/ARTICLE-FORMS.md; nothing here is read by
the extractor. (The leading underscore keeps Django from listing this as a command.)"""

# ISO: (English name, Indonesian name, English demonym, name region, head's title, cities)
COUNTRIES = {
    "ID": ("Indonesia", "Indonesia", "Indonesian", "id", "President",
           ["Jakarta", "Nusa Dua", "Labuan Bajo", "Bogor", "Yogyakarta", "Surabaya", "Makassar", "Medan"]),
    "SG": ("Singapore", "Singapura", "Singapore", "chinese", "Prime Minister", ["Singapore"]),
    "MY": ("Malaysia", "Malaysia", "Malaysian", "malay", "Prime Minister",
           ["Kuala Lumpur", "Putrajaya", "Penang", "Kota Kinabalu", "Langkawi"]),
    "TH": ("Thailand", "Thailand", "Thai", "thai", "Prime Minister", ["Bangkok", "Pattaya", "Chiang Mai", "Hua Hin"]),
    "PH": ("the Philippines", "Filipina", "Philippine", "filipino", "President", ["Manila", "Cebu", "Davao", "Clark"]),
    "VN": ("Vietnam", "Vietnam", "Vietnamese", "viet", "Prime Minister", ["Hanoi", "Da Nang", "Ho Chi Minh City"]),
    "BN": ("Brunei", "Brunei Darussalam", "Bruneian", "malay", "Sultan", ["Bandar Seri Begawan"]),
    "KH": ("Cambodia", "Kamboja", "Cambodian", "mainland", "Prime Minister", ["Phnom Penh", "Siem Reap"]),
    "LA": ("Laos", "Laos", "Lao", "mainland", "Prime Minister", ["Vientiane", "Luang Prabang"]),
    "MM": ("Myanmar", "Myanmar", "Myanmar", "mainland", "President", ["Naypyidaw", "Yangon"]),
    "TL": ("Timor-Leste", "Timor Leste", "Timorese", "id", "Prime Minister", ["Dili"]),
    "CN": ("China", "Tiongkok", "Chinese", "chinese", "Premier", ["Beijing", "Shanghai", "Hangzhou", "Xiamen"]),
    "JP": ("Japan", "Jepang", "Japanese", "japanese", "Prime Minister", ["Tokyo", "Osaka", "Hiroshima", "Nagoya"]),
    "KR": ("South Korea", "Korea Selatan", "South Korean", "korean", "President", ["Seoul", "Busan", "Jeju"]),
    "IN": ("India", "India", "Indian", "south_asian", "Prime Minister", ["New Delhi", "Mumbai", "Goa"]),
    "AU": ("Australia", "Australia", "Australian", "western", "Prime Minister", ["Canberra", "Sydney", "Melbourne"]),
    "NZ": ("New Zealand", "Selandia Baru", "New Zealand", "western", "Prime Minister", ["Wellington", "Auckland"]),
    "US": ("the United States", "Amerika Serikat", "US", "western", "President",
           ["Washington", "San Francisco", "Honolulu"]),
    "RU": ("Russia", "Rusia", "Russian", "russian", "President", ["Moscow", "Sochi", "Vladivostok", "Kazan"]),
    "SA": ("Saudi Arabia", "Arab Saudi", "Saudi", "arab", "Crown Prince", ["Riyadh", "Jeddah"]),
    "TR": ("Turkiye", "Turki", "Turkish", "arab", "President", ["Ankara", "Istanbul", "Antalya"]),
    "MX": ("Mexico", "Meksiko", "Mexican", "latin", "President", ["Mexico City", "Los Cabos"]),
    "BR": ("Brazil", "Brasil", "Brazilian", "latin", "President", ["Brasilia", "Rio de Janeiro"]),
    "ZA": ("South Africa", "Afrika Selatan", "South African", "african", "President", ["Pretoria", "Johannesburg"]),
    "AR": ("Argentina", "Argentina", "Argentine", "latin", "President", ["Buenos Aires"]),
    "DE": ("Germany", "Jerman", "German", "western", "Chancellor", ["Berlin", "Hamburg"]),
    "FR": ("France", "Prancis", "French", "western", "President", ["Paris", "Cannes"]),
    "GB": ("the United Kingdom", "Inggris", "British", "western", "Prime Minister", ["London"]),
    "IT": ("Italy", "Italia", "Italian", "western", "Prime Minister", ["Rome"]),
    "CA": ("Canada", "Kanada", "Canadian", "western", "Prime Minister", ["Ottawa", "Toronto"]),
    "PE": ("Peru", "Peru", "Peruvian", "latin", "President", ["Lima"]),
    "CL": ("Chile", "Chili", "Chilean", "latin", "President", ["Santiago"]),
    "PG": ("Papua New Guinea", "Papua Nugini", "Papua New Guinean", "western", "Prime Minister", ["Port Moresby"]),
    "EG": ("Egypt", "Mesir", "Egyptian", "arab", "President", ["Cairo", "Sharm el-Sheikh"]),
    "AE": ("the United Arab Emirates", "Uni Emirat Arab", "Emirati", "arab", "President", ["Abu Dhabi", "Dubai"]),
    "IR": ("Iran", "Iran", "Iranian", "arab", "President", ["Tehran"]),
    "PK": ("Pakistan", "Pakistan", "Pakistani", "south_asian", "Prime Minister", ["Islamabad"]),
    "BD": ("Bangladesh", "Bangladesh", "Bangladeshi", "south_asian", "Prime Minister", ["Dhaka"]),
    "QA": ("Qatar", "Qatar", "Qatari", "arab", "Emir", ["Doha"]),
}

HEAD_TITLES_ID = {
    "President": "Presiden", "Prime Minister": "Perdana Menteri", "Premier": "Perdana Menteri",
    "Sultan": "Sultan", "Chancellor": "Kanselir", "Crown Prince": "Putra Mahkota", "Emir": "Emir",
}
FOREIGN_MINISTER = ("Minister for Foreign Affairs", "Menteri Luar Negeri")
SPOKESPERSON = ("Foreign Ministry Spokesperson", "Juru Bicara Kementerian Luar Negeri")

# Given names and family names by region; `family_first` regions write the family name first.
NAMES = {
    "id": (["Joko", "Budi", "Retno", "Sri", "Arief", "Dian", "Hendra", "Wahyu", "Ratna", "Agus", "Bambang",
            "Yudi", "Teuku", "Putri", "Fajar", "Rudi", "Andi", "Siti", "Bayu", "Indra", "Chandra", "Arrmanatha"],
           ["Widodo", "Santoso", "Marsudi", "Mulyani", "Pratama", "Wibowo", "Hartono", "Nasution", "Siregar",
            "Wijaya", "Saputra", "Kusuma", "Hidayat", "Setiawan", "Gunawan", "Sudarsono", "Prasetyo", "Nasir"]),
    "malay": (["Anwar", "Ismail", "Hishammuddin", "Zahid", "Saifuddin", "Azmi", "Rahim", "Hassan", "Nurul", "Hakim"],
              ["Ibrahim", "Sabri", "Abdullah", "Razak", "Hussein", "Yusof", "Rahman", "Mohamad", "Bolkiah"]),
    "chinese": (["Hsien Loong", "Vivian", "Lawrence", "Wei", "Ming", "Jian", "Chun", "Kok Seng", "Yi", "Qiang"],
                ["Lee", "Li", "Wong", "Tan", "Wang", "Zhang", "Chen", "Lim", "Goh", "Ng"]),
    "thai": (["Prayut", "Srettha", "Don", "Somchai", "Anutin", "Paetongtarn", "Chuan", "Surin", "Maris"],
             ["Chan-o-cha", "Thavisin", "Pramudwinai", "Wongsawat", "Leekpai", "Pitsuwan", "Charnvirakul"]),
    "filipino": (["Rodrigo", "Ferdinand", "Benigno", "Gloria", "Enrique", "Teodoro", "Maria", "Alan Peter"],
                 ["Duterte", "Marcos", "Aquino", "Cayetano", "Manalo", "Locsin", "Romualdez", "Santos"]),
    "viet": (["Xuan Phuc", "Minh Chinh", "Phu Trong", "Tan Dung", "Binh Minh", "Thi Thanh", "Van Thuong"],
             ["Nguyen", "Pham", "Tran", "Le", "Vo", "Bui"]),
    "mainland": (["Hun", "Sonexay", "Thongloun", "Aung", "Min", "Prak", "Saleumxay", "Sok"],
                 ["Sen", "Manet", "Siphandone", "Sisoulith", "Kyaw", "Sokhonn", "Kommasith", "Chenda"]),
    "japanese": (["Shinzo", "Fumio", "Yoshihide", "Taro", "Yoko", "Toshimitsu", "Shigeru"],
                 ["Abe", "Kishida", "Suga", "Kono", "Kamikawa", "Motegi", "Hayashi", "Ishiba"]),
    "korean": (["Jae-in", "Suk-yeol", "Geun-hye", "Kang-wha", "Jin", "Jae-myung"], ["Moon", "Yoon", "Park", "Kim", "Lee", "Cho"]),
    "south_asian": (["Narendra", "Subrahmanyam", "Sheikh", "Imran", "Shehbaz", "Manmohan", "Sushma"],
                    ["Modi", "Jaishankar", "Hasina", "Khan", "Sharif", "Singh", "Swaraj"]),
    "western": (["Anthony", "Scott", "Joe", "Barack", "Emmanuel", "Olaf", "Angela", "Justin", "Rishi", "Penny",
                 "Jacinda", "Antony", "Mark", "Giorgia", "James"],
                ["Albanese", "Morrison", "Biden", "Obama", "Macron", "Scholz", "Merkel", "Trudeau", "Sunak", "Wong",
                 "Ardern", "Blinken", "Rutte", "Meloni", "Marape"]),
    "russian": (["Vladimir", "Sergey", "Dmitry", "Mikhail"], ["Putin", "Lavrov", "Medvedev", "Mishustin"]),
    "arab": (["Mohammed", "Faisal", "Abdullah", "Salman", "Tamim", "Abdel Fattah", "Sameh", "Recep Tayyip"],
             ["bin Salman", "bin Farhan", "Al Thani", "el-Sisi", "Shoukry", "Al Nahyan", "Erdogan"]),
    "latin": (["Luiz Inacio", "Jair", "Andres Manuel", "Alberto", "Gabriel", "Dina", "Claudia"],
              ["Lula da Silva", "Bolsonaro", "Lopez Obrador", "Fernandez", "Boric", "Boluarte", "Sheinbaum"]),
    "african": (["Cyril", "Jacob", "Abiy", "Bola", "Naledi", "William"], ["Ramaphosa", "Zuma", "Ahmed", "Tinubu", "Pandor", "Ruto"]),
}
FAMILY_FIRST = {"viet", "korean", "chinese_cn"}
CONTINENT_REGION = {"AS": "south_asian", "EU": "western", "AF": "african", "NA": "latin", "SA": "latin", "OC": "western"}

# Organisations beyond the ones the migration seeds: (short name, English name, founded, members).
EXTRA_ORGANISATIONS = [
    ("APT", "ASEAN Plus Three", 1997, ["BN", "KH", "ID", "LA", "MY", "MM", "PH", "SG", "TH", "VN", "CN", "JP", "KR"]),
    ("ASEAN-Japan", "ASEAN-Japan Summit", 1997, ["ID", "MY", "PH", "SG", "TH", "BN", "VN", "LA", "MM", "KH", "JP"]),
    ("ASEAN-China", "ASEAN-China Summit", 1997, ["ID", "MY", "PH", "SG", "TH", "BN", "VN", "LA", "MM", "KH", "CN"]),
    ("ASEAN-Korea", "ASEAN-Republic of Korea Summit", 1997, ["ID", "MY", "PH", "SG", "TH", "BN", "VN", "LA", "MM", "KH", "KR"]),
    ("ASEAN-India", "ASEAN-India Summit", 2002, ["ID", "MY", "PH", "SG", "TH", "BN", "VN", "LA", "MM", "KH", "IN"]),
    ("ASEAN-Australia", "ASEAN-Australia Summit", 2010, ["ID", "MY", "PH", "SG", "TH", "BN", "VN", "LA", "MM", "KH", "AU"]),
    ("ASEAN-US", "ASEAN-United States Summit", 2013, ["ID", "MY", "PH", "SG", "TH", "BN", "VN", "LA", "MM", "KH", "US"]),
    ("ASEM", "Asia-Europe Meeting", 1996, ["ID", "MY", "PH", "SG", "TH", "CN", "JP", "KR", "DE", "FR", "GB", "IT"]),
    ("SCO", "Shanghai Cooperation Organisation", 2001, ["CN", "RU", "IN", "PK", "IR"]),
    ("D-8", "Developing-8 Organization for Economic Cooperation", 1997, ["ID", "MY", "BD", "EG", "IR", "PK", "TR"]),
    ("NAM", "Non-Aligned Movement", 1961, ["ID", "IN", "EG", "MY", "PH", "VN", "IR", "PK", "BD", "SG", "TH"]),
    ("CHOGM", "Commonwealth Heads of Government Meeting", 1971, ["GB", "AU", "CA", "IN", "MY", "NZ", "PG", "PK", "SG", "ZA", "BD"]),
    ("PIF", "Pacific Islands Forum", 1971, ["AU", "NZ", "PG"]),
    ("CICA", "Conference on Interaction and Confidence-Building Measures in Asia", 1999, ["CN", "RU", "IN", "PK", "IR", "TR", "TH", "VN", "EG"]),
    ("BIMSTEC", "Bay of Bengal Initiative for Multi-Sectoral Technical and Economic Cooperation", 1997, ["BD", "IN", "MM", "TH"]),
    ("MLC", "Mekong-Lancang Cooperation", 2016, ["CN", "KH", "LA", "MM", "TH", "VN"]),
    ("Mekong-Japan", "Mekong-Japan Summit", 2009, ["JP", "KH", "LA", "MM", "TH", "VN"]),
    ("G7", "Group of Seven", 1975, ["CA", "FR", "DE", "IT", "JP", "GB", "US"]),
    ("IORA", "Indian Ocean Rim Association", 1997, ["AU", "BD", "IN", "ID", "IR", "MY", "SG", "TH", "ZA", "AE"]),
    ("GCC-ASEAN", "ASEAN-Gulf Cooperation Council Summit", 2023, ["SA", "AE", "QA", "ID", "MY", "SG", "TH", "PH", "VN", "BN"]),
    ("CTI-CFF", "Coral Triangle Initiative on Coral Reefs, Fisheries and Food Security", 2009, ["ID", "MY", "PH", "PG", "TL"]),
    ("AIS Forum", "Archipelagic and Island States Forum", 2018, ["ID", "PH", "PG", "TL", "NZ"]),
    ("QUAD", "Quadrilateral Security Dialogue", 2021, ["AU", "IN", "JP", "US"]),
    ("RCEP", "Regional Comprehensive Economic Partnership", 2020, ["ID", "MY", "PH", "SG", "TH", "VN", "BN", "KH", "LA", "MM", "CN", "JP", "KR", "AU", "NZ"]),
]

# Founding year and number of summits a year of the seeded organisations.
SEEDED_SERIES = {
    "ASEAN": (1976, 2), "EAS": (2005, 1), "G20": (2008, 1), "APEC": (1993, 1), "IMT-GT": (2005, 1),
    "BIMP-EAGA": (1996, 1), "OIC": (1969, 0.5), "UN": (1946, 1), "IMF-World Bank": (1946, 1),
    "MIKTA": (2013, 1), "BRICS": (2009, 1),
}

# How a summit of an organisation is named: English label, Indonesian label.
SUMMIT_LABELS = {
    "ASEAN": ("ASEAN Summit", "KTT ASEAN"),
    "EAS": ("East Asia Summit", "KTT Asia Timur"),
    "G20": ("G20 Leaders' Summit", "KTT G20"),
    "APEC": ("APEC Economic Leaders' Meeting", "KTT APEC"),
    "IMT-GT": ("IMT-GT Summit", "KTT IMT-GT"),
    "BIMP-EAGA": ("BIMP-EAGA Summit", "KTT BIMP-EAGA"),
    "OIC": ("OIC Summit", "KTT OKI"),
    "UN": ("session of the UN General Assembly", "Sidang Majelis Umum PBB"),
    "IMF-World Bank": ("IMF-World Bank Annual Meetings", "Pertemuan Tahunan IMF-Bank Dunia"),
    "MIKTA": ("MIKTA Leaders' Meeting", "Pertemuan Pemimpin MIKTA"),
    "BRICS": ("BRICS Summit", "KTT BRICS"),
}

# Made-up forums that make up the numbers at large sizes: region x topic.
FORUM_REGIONS = [
    "Asia-Pacific", "Indian Ocean", "Mekong", "Pacific Islands", "Coral Triangle", "Bay of Bengal",
    "Eurasian", "Trans-Pacific", "Southeast Asian", "Andaman Sea", "Arafura", "Sulu-Sulawesi",
    "Malacca Strait", "Asia-Middle East", "Asia-Africa", "Asia-Latin America", "East Asian", "Borneo",
    "Java Sea", "Timor Sea",
]
FORUM_TOPICS = [
    ("Maritime Forum", "Forum Maritim"), ("Energy Dialogue", "Dialog Energi"), ("Water Summit", "KTT Air"),
    ("Trade Ministers' Forum", "Forum Menteri Perdagangan"), ("Connectivity Summit", "KTT Konektivitas"),
    ("Digital Economy Forum", "Forum Ekonomi Digital"), ("Health Security Dialogue", "Dialog Ketahanan Kesehatan"),
    ("Defence Forum", "Forum Pertahanan"), ("Climate Summit", "KTT Iklim"), ("Food Security Forum", "Forum Ketahanan Pangan"),
    ("Tourism Forum", "Forum Pariwisata"), ("Parliamentary Assembly", "Sidang Parlemen"),
    ("Women Leaders' Forum", "Forum Pemimpin Perempuan"), ("Youth Summit", "KTT Pemuda"),
    ("Disaster Management Forum", "Forum Penanggulangan Bencana"), ("Investment Summit", "KTT Investasi"),
    ("Fisheries Forum", "Forum Perikanan"), ("Counter-Terrorism Dialogue", "Dialog Kontra-Terorisme"),
]

THEME_PARTS = (
    ["Resilient and Innovative", "Advancing Partnership for Sustainability", "Partnering for Change",
     "Recover Together, Recover Stronger", "Epicentrum of Growth", "Sustainable and Inclusive",
     "Connected and Responsive", "Peace, Prosperity and Partnership", "One Vision, One Identity",
     "Addressing Challenges Together", "Inclusive Growth for All", "A Community of Shared Future"],
    ["", " Together", " for the People", ": Moving Forward", " in a Changing World"],
)
DOCUMENT_TOPICS = [
    "Cyber Security Cooperation", "Smart Cities", "Blue Economy", "Digital Transformation", "Food Security",
    "Climate Change", "Maritime Cooperation", "Counter-Terrorism", "Migrant Workers", "Energy Transition",
    "Pandemic Preparedness", "Women, Peace and Security", "Connectivity", "Disaster Management",
    "Human Rights", "Trade and Investment", "Regional Architecture", "Youth Employment",
]
VENUES = [
    "Convention Centre", "International Convention Center", "Shangri-La Hotel", "Sofitel", "Grand Hyatt",
    "Marina Bay Sands", "Hilton", "National Convention Center", "Sheraton", "Peace Palace",
]
SOURCES = {
    "id": ["ANTARA", "Kompas", "Kemlu RI", "Bisnis.com", "Tempo"],
    "en": ["The Jakarta Post", "CNA", "Reuters", "ASEAN Secretariat", "ANTARA News"],
}
JOURNALISTS = ["Aditya Eko Sigit Wicaksono", "Fitri Supratiwi", "Rangga Pandu", "Yuni Arisandy", "Desca Lidya",
               "Ahmad Buchori", "Mohammad Anthoni", "Kate Lamb", "Ananda Teresia", "Tom Allard", "Nilufar Rizki"]
