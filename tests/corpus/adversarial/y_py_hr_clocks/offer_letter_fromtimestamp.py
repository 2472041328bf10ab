# SDK: wmill 1.850.0 client.py: the body re-runs every round (_run_workflow_async), possibly on another worker; datetime.fromtimestamp(ts) without tz converts with the worker's local time zone (TZ), like TS getTimezoneOffset
from datetime import datetime, timedelta

from wmill import step, task, wait_for_approval, workflow

OFFER_VALID_DAYS = 7


@task()
async def load_candidate(candidate_id: str) -> dict:
    import httpx

    r = httpx.get(f"https://ats.internal/api/candidates/{candidate_id}", timeout=20)
    r.raise_for_status()
    return r.json()


@task()
async def send_offer(candidate_id: str, start_date: str, expires_on: str) -> dict:
    import httpx

    r = httpx.post(
        "https://ats.internal/api/offers",
        json={"candidate": candidate_id, "start": start_date, "expires": expires_on},
        timeout=20,
    )
    r.raise_for_status()
    return r.json()


@task()
async def open_it_ticket(candidate_id: str, start_date: str) -> str:
    return f"IT-{candidate_id}-{start_date}"


@workflow
async def main(candidate_id: str, interview_closed_ts: int):
    candidate = await load_candidate(candidate_id)
    closed_at = datetime.fromtimestamp(interview_closed_ts)  # expect: WAC102
    expires_on = (closed_at + timedelta(days=OFFER_VALID_DAYS)).strftime("%Y-%m-%d")
    start_date = candidate.get("preferred_start") or expires_on

    offer = await send_offer(candidate_id, start_date, expires_on)
    urls = await step("hm_urls", lambda: {"offer": offer["id"]})
    decision = await wait_for_approval(timeout=7 * 24 * 3600)
    if not decision["approved"]:
        return {"candidate": candidate_id, "status": "withdrawn", "offer": urls["offer"]}

    ticket = await open_it_ticket(candidate_id, start_date)
    return {"candidate": candidate_id, "status": "accepted", "ticket": ticket}
