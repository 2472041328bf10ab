import wmill
import psycopg2


def main(edition: int, wave: int = 1) -> dict:
    db = wmill.get_resource("f/festival/ticketing_db")
    with psycopg2.connect(**db) as conn, conn.cursor() as cur:
        cur.execute(
            "select tier, capacity - sold from tier_quota where edition = %s and wave <= %s",
            (edition, wave),
        )
        tiers = [{"name": name, "left": left} for name, left in cur.fetchall()]
    return {"edition": edition, "tiers": tiers}
