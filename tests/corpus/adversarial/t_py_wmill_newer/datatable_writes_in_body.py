# SDK: wmill.datatable() only builds a DataTableClient and .query() a lazy SqlQuery; .fetch() / .fetch_one() / .execute() call run_inline_script_preview (a POST) every time they run
import wmill
from wmill import task, workflow

# Built at load: no request is made until a query is fetched.
db = wmill.datatable("analytics")


@task()
async def score_account(account_id: str, events: list[dict]) -> dict:
    weight = {"login": 1, "export": 3, "invite": 5}
    score = sum(weight.get(e["kind"], 0) for e in events)
    return {"account_id": account_id, "score": score}


@workflow
async def main(account_id: str, since: str = "2026-11-01"):
    # Reading external state in the body: a new answer on every replay.
    events = db.query(  # expect: WAC101
        "SELECT kind, at FROM product_events WHERE account_id = $1 AND at >= $2::date ORDER BY at",
        account_id,
        since,
    ).fetch()

    scored = await score_account(account_id=account_id, events=events)

    # Writing from the body: one more row per replay.
    db.query(  # expect: WAC101
        "INSERT INTO health_scores(account_id, score) VALUES ($1, $2)",
        account_id,
        scored["score"],
    ).execute()

    return scored
