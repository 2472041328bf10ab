from datetime import date, datetime
from typing import Optional

import wmill
import psycopg2


def main(as_of: datetime, cutoff: date, quarter_start: datetime, vat_rate: float = 19.0, offices: Optional[list[str]] = None):
    db = wmill.get_resource("f/accounting/clients_db")
    conn = psycopg2.connect(**db)
    with conn, conn.cursor() as cur:
        cur.execute(
            "SELECT id, name, email, vat_due::text FROM clients "
            "WHERE vat_due BETWEEN %s AND %s AND last_filed < %s AND (%s::text[] IS NULL OR office = ANY(%s))",
            (as_of.date(), cutoff, quarter_start, offices, offices),
        )
        rows = cur.fetchall()
    return {
        "vat_rate": vat_rate,
        "clients": [{"id": r[0], "name": r[1], "email": r[2], "due_date": r[3]} for r in rows],
    }
