# SDK: wmill 1.850.0: a task call returns an awaitable; ensure_future wraps it and the suspension re-raises when awaited
"""Ported from Prefect: task.submit() futures collected in a dict and resolved with .result()."""
import asyncio

from wmill import task, workflow


@task()
async def score_account(account_id: str, model: str) -> float:
    import httpx
    import wmill

    api = wmill.get_resource("f/risk/scoring_api")
    r = httpx.post(f"{api['url']}/score", json={"account": account_id, "model": model}, timeout=60)
    r.raise_for_status()
    return float(r.json()["score"])


@task()
async def flag_accounts(flagged: list[str]) -> int:
    import httpx
    import wmill

    api = wmill.get_resource("f/risk/scoring_api")
    httpx.post(f"{api['url']}/flags", json={"accounts": flagged}).raise_for_status()
    return len(flagged)


@workflow
async def main(account_ids: list[str], model: str = "v7", threshold: float = 0.8):
    futures = {a: asyncio.ensure_future(score_account(a, model)) for a in account_ids}
    await asyncio.gather(*futures.values())
    scores = {a: f.result() for a, f in futures.items()}
    flagged = [a for a, s in scores.items() if s >= threshold]
    count = await flag_accounts(flagged) if flagged else 0
    return {"scored": len(scores), "flagged": count}
