# SDK: wmill.datatable() builds a DataTableClient without a request and .query() returns a lazy SqlQuery; only fetch()/execute() post, here inside tasks
import wmill
from wmill import task, workflow

db = wmill.datatable("analytics", role="scoring")

EVENTS_SQL = (
    "SELECT kind, at::text AS at FROM product_events "
    "WHERE account_id = $1 AND at >= $2::date ORDER BY at"
)
UPSERT_SQL = (
    "INSERT INTO health_scores(account_id, score) VALUES ($1, $2) "
    "ON CONFLICT (account_id) DO UPDATE SET score = EXCLUDED.score"
)


def weighted(events: list[dict]) -> int:
    weight = {"login": 1, "export": 3, "invite": 5}
    return sum(weight.get(e["kind"], 0) for e in events)


@task()
async def load_events(account_id: str, since: str) -> list[dict]:
    return db.query(EVENTS_SQL, account_id, since).fetch()


@task()
async def save_score(account_id: str, score: int) -> None:
    db.query(UPSERT_SQL, account_id, score).execute()


@workflow
async def main(account_id: str, since: str = "2026-11-01"):
    # A query object can be built anywhere; it does nothing until fetched.
    preview = db.query(EVENTS_SQL, account_id, since)
    print("will run:", preview.sql.splitlines()[-1])

    events = await load_events(account_id=account_id, since=since)
    score = weighted(events)
    await save_score(account_id=account_id, score=score)
    return {"account_id": account_id, "score": score, "events": len(events)}
