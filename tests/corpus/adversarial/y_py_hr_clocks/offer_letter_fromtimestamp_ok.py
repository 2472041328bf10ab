# SDK: wmill 1.850.0 client.py: the body re-runs every round; datetime.fromtimestamp(ts, tz) of an input with an explicit zone gives the same value on every worker, and utcfromtimestamp never reads TZ
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

from wmill import task, wait_for_approval, workflow

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


@workflow
async def main(candidate_id: str, interview_closed_ts: int, office_tz: str = "Europe/Paris"):
    candidate = await load_candidate(candidate_id)
    closed_utc = datetime.fromtimestamp(interview_closed_ts, tz=timezone.utc)
    closed_local = datetime.fromtimestamp(interview_closed_ts, ZoneInfo(office_tz))
    expires_on = (closed_local + timedelta(days=OFFER_VALID_DAYS)).date().isoformat()
    start_date = candidate.get("preferred_start") or expires_on

    offer = await send_offer(candidate_id, start_date, expires_on)
    decision = await wait_for_approval(timeout=7 * 24 * 3600)
    return {
        "candidate": candidate_id,
        "offer": offer["id"],
        "approved": decision["approved"],
        "closed_utc": closed_utc.isoformat(),
    }
