# Delete expired sessions in bounded chunks until none are left (at most
# max_rounds rounds), then vacuum the table.
from wmill import task, workflow
import wmill


@task(timeout=300, tag="db")
async def delete_expired_sessions(limit: int) -> int:
    import psycopg2

    conn = psycopg2.connect(**wmill.get_resource("f/app/main_db"))
    with conn, conn.cursor() as cur:
        cur.execute(
            "DELETE FROM sessions WHERE id IN (SELECT id FROM sessions WHERE expires_at < now() LIMIT %s)",
            (limit,),
        )
        return cur.rowcount


@task(timeout=1800, tag="db")
async def vacuum_sessions():
    import psycopg2

    conn = psycopg2.connect(**wmill.get_resource("f/app/main_db"))
    conn.autocommit = True
    with conn.cursor() as cur:
        cur.execute("VACUUM ANALYZE sessions")


@workflow
async def main(chunk: int = 50000, max_rounds: int = 20):
    total = 0
    rounds = 0
    deleted = chunk
    while deleted == chunk and rounds < max_rounds:
        deleted = await delete_expired_sessions(chunk)
        total += deleted
        rounds += 1
    await vacuum_sessions()
    return {"deleted": total, "rounds": rounds}
