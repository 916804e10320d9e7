"""Writing many plain rows in few statements, for the bulk writers (the importer, the
SummitCountry refresh) that write more rows than model instances are worth building.

One INSERT carries many rows: run once per row (executemany), PostgreSQL parses every
statement anew, since psycopg binds the values client-side as Django sets it up; that
cost ten times the import's own work per evidence row."""
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
    columns = ", ".join(ops.quote_name(model._meta.get_field(name).column) for name in names)
    conflict = OnConflict.IGNORE if ignore_conflicts else None
    head = f"{ops.insert_statement(on_conflict=conflict)} {ops.quote_name(model._meta.db_table)} ({columns}) VALUES "
    tail = ops.on_conflict_suffix_sql([], conflict, None, None) if ignore_conflicts else ""
    row = f"({', '.join(['%s'] * len(names))})"
    size = min(ROWS_PER_STATEMENT, (connection.features.max_query_params or 10**9) // len(names))
    with connection.cursor() as cursor:
        for start in range(0, len(rows), size):
            chunk = rows[start:start + size]
            cursor.execute(head + ", ".join([row] * len(chunk)) + (f" {tail}" if tail else ""),
                           [value for values in chunk for value in values])
