from datetime import date, timedelta
from typing import Optional

import psycopg2


def main(db: dict, zone: Optional[str] = None, days_ahead: int = 14):
    until = date.today() + timedelta(days=days_ahead)
    query = """
        SELECT p.id, p.plate, r.stripe_customer, p.zone, z.price_cents
        FROM permits p JOIN residents r ON r.id = p.resident_id JOIN zones z ON z.code = p.zone
        WHERE p.expires_on <= %s AND p.auto_renew
    """
    args: list = [until]
    if zone is not None:
        query += " AND p.zone = %s"
        args.append(zone)
    conn = psycopg2.connect(**db)
    with conn, conn.cursor() as cur:
        cur.execute(query, args)
        rows = cur.fetchall()
    return [
        {"permit_id": r[0], "plate": r[1], "customer": r[2], "zone": r[3], "price_cents": r[4]}
        for r in rows
    ]
