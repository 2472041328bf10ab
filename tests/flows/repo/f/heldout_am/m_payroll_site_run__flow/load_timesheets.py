import wmill
import psycopg2


def main(period_start: str, period_end: str, site: str):
    db = wmill.get_resource("f/heldout_am/hr_pg")
    with psycopg2.connect(**db) as conn, conn.cursor() as cur:
        cur.execute(
            "SELECT employee_id, day, hours FROM timesheets WHERE site = %s AND day BETWEEN %s AND %s",
            (site, period_start, period_end),
        )
        rows = [{"employee_id": r[0], "day": r[1].isoformat(), "hours": float(r[2])} for r in cur.fetchall()]
    return {"rows": rows, "employees": len({r["employee_id"] for r in rows})}
