# SDK: plain script (no WAC name imported): wmill.get_resource / get_variable / set_state are ordinary calls in a plain script
import csv
import io
from datetime import date, datetime, timezone
from decimal import Decimal, ROUND_HALF_UP
from typing import TypedDict

import psycopg2
import psycopg2.extras
import wmill

PAYROLL_DB = "f/orchestra/payroll_pg"
REHEARSAL_RATE = Decimal("118.50")
CONCERT_RATE = Decimal("245.00")


class postgresql(TypedDict):
    host: str
    port: int
    user: str
    dbname: str
    sslmode: str
    password: str


def _money(value: Decimal) -> str:
    return str(value.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP))


def _connect(db: postgresql):
    return psycopg2.connect(
        host=db["host"], port=db.get("port", 5432), user=db["user"],
        password=db["password"], dbname=db["dbname"], sslmode=db.get("sslmode", "require"),
    )


def main(period_start: str, period_end: str, dry_run: bool = True) -> dict:
    start = date.fromisoformat(period_start)
    end = date.fromisoformat(period_end)
    if end < start:
        raise ValueError("period_end is before period_start")
    db = wmill.get_resource(PAYROLL_DB)
    with _connect(db) as conn, conn.cursor(cursor_factory=psycopg2.extras.RealDictCursor) as cur:
        cur.execute(
            "select musician_id, kind, count(*) as services from service_log "
            "where service_date between %s and %s group by musician_id, kind",
            (start, end),
        )
        rows = cur.fetchall()
    totals: dict[str, Decimal] = {}
    for row in rows:
        rate = CONCERT_RATE if row["kind"] == "concert" else REHEARSAL_RATE
        totals[row["musician_id"]] = totals.get(row["musician_id"], Decimal(0)) + rate * row["services"]
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(["musician_id", "gross"])
    for musician_id in sorted(totals):
        writer.writerow([musician_id, _money(totals[musician_id])])
    if not dry_run:
        wmill.set_state({"last_export": datetime.now(timezone.utc).isoformat(), "period": [period_start, period_end]})
    return {"csv": buf.getvalue(), "musicians": len(totals), "dry_run": dry_run}
