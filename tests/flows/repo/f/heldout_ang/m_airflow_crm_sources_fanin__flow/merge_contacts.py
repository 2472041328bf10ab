import wmill
import psycopg2
from psycopg2.extras import execute_values


def main(rows: list, counts: list):
    by_email = {}
    for r in rows:
        by_email[r["email"].lower()] = r
    conn = psycopg2.connect(**wmill.get_resource("f/heldout_ang/crm_db"))
    with conn, conn.cursor() as cur:
        execute_values(
            cur,
            "INSERT INTO contacts (email, name, source) VALUES %s ON CONFLICT (email) DO UPDATE SET name = EXCLUDED.name",
            [(e, r.get("name"), r.get("source")) for e, r in by_email.items()],
        )
    return {"upserted": len(by_email), "per_source": counts}
