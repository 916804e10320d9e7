"""What the numbers were measured on: they only compare with numbers from the same machine."""
import os
import platform
import sqlite3
import sys


def cpu_model():
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as f:
            for line in f:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def load_average():
    try:
        return [round(x, 2) for x in os.getloadavg()]
    except OSError:
        return None


def postgres_version(url):
    import psycopg

    from databases import _conninfo

    with psycopg.connect(_conninfo(url)) as conn:
        return conn.execute("SHOW server_version").fetchone()[0]


def machine_info(postgres_url=None):
    import django

    info = {
        "nproc": os.cpu_count(),
        "cpu": cpu_model(),
        "python": sys.version.split()[0],
        "django": django.get_version(),
        "sqlite": sqlite3.sqlite_version,
        "platform": platform.platform(),
        "load_average_at_start": load_average(),
    }
    if postgres_url:
        info["postgresql"] = postgres_version(postgres_url)
    return info
