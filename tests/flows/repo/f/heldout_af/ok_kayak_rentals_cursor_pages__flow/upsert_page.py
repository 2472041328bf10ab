import psycopg2
import psycopg2.extras
import wmill


def main(bookings: list, base: str) -> dict:
    db = wmill.get_resource("f/kayaks/ops_db")
    rows = [(b["id"], base, b["boat"], b["start"], b["end"], b["status"]) for b in bookings]
    with psycopg2.connect(**db) as conn, conn.cursor() as cur:
        psycopg2.extras.execute_values(
            cur,
            "insert into bookings (id, base, boat, starts_at, ends_at, status) values %s "
            "on conflict (id) do update set status = excluded.status, ends_at = excluded.ends_at",
            rows,
        )
    return {"upserted": len(rows)}
