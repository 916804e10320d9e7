"""Writing many plain rows in few statements, for the bulk writers (the importer, the
SummitCountry refresh) that write more rows than model instances are worth building.

One INSERT carries many rows: run once per row (executemany), PostgreSQL parses every
statement anew, since psycopg binds the values client-side as Django sets it up; that
cost ten times the import's own work per evidence row. PostgreSQL takes plain rows by
COPY: quoting thousands of values into one INSERT costs the client more than the
server spends storing them (3,000 evidence rows: 220 ms as an INSERT, 30 ms by COPY)."""
from django.db import connection
from django.db.models.constants import OnConflict

ROWS_PER_STATEMENT = 1000


def insert_plain_rows(model, names, rows, *, ignore_conflicts=False):
    """INSERT rows (tuples of values ready for the database, in the order of the field
    `names`) into the model's table; with ignore_conflicts, rows breaking a unique
    constraint are skipped (as bulk_create(ignore_conflicts=True))."""
    if not rows:
        return
    ops = connection.ops
    if connection.vendor == "postgresql" and not ignore_conflicts:
        _copy(model, names, rows)
        return
    conflict = OnConflict.IGNORE if ignore_conflicts else None
    tail = ops.on_conflict_suffix_sql([], conflict, None, None) if ignore_conflicts else ""
    size = min(ROWS_PER_STATEMENT, (connection.features.max_query_params or 10**9) // len(names))
    with connection.cursor() as cursor:
        for statement, params in insert_statements(model, names, rows, size, ops.insert_statement(on_conflict=conflict),
                                                   f" {tail}" if tail else ""):
            cursor.execute(statement, params)


def insert_statements(model, names, rows, size, verb="INSERT INTO", tail=""):
    """(statement, parameters) inserting `rows` into the model's table, `size` rows a
    statement: "<verb> table (columns) VALUES (...), (...)<tail>"."""
    quote = connection.ops.quote_name
    columns = ", ".join(quote(model._meta.get_field(name).column) for name in names)
    head = f"{verb} {quote(model._meta.db_table)} ({columns}) VALUES "
    row = f"({', '.join(['%s'] * len(names))})"
    for start in range(0, len(rows), size):
        chunk = rows[start:start + size]
        yield head + ", ".join([row] * len(chunk)) + tail, [value for values in chunk for value in values]


def _copy(model, names, rows):
    """PostgreSQL's COPY FROM STDIN through psycopg (it does not show in Django's query log)."""
    quote = connection.ops.quote_name
    columns = ", ".join(quote(model._meta.get_field(name).column) for name in names)
    with connection.cursor() as cursor:
        with cursor.cursor.copy(f"COPY {quote(model._meta.db_table)} ({columns}) FROM STDIN") as copy:
            for row in rows:
                copy.write_row(row)
