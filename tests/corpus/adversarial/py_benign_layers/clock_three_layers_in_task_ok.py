# SDK: wmill 1.850.0 client.py: a task runs once in its own child job and its result is checkpointed, so the clock read three helpers down is taken once.
import secrets
from datetime import datetime, timezone

from wmill import task, workflow


def _utc_now() -> datetime:
    return datetime.now(timezone.utc)


def _stamp() -> str:
    return _utc_now().strftime("%Y%m%dT%H%M%SZ")


def build_envelope(payload: dict) -> dict:
    return {"sent_at": _stamp(), "nonce": secrets.token_hex(8), "payload": payload}


@task()
async def send_report(team: str, payload: dict) -> dict:
    import httpx

    envelope = build_envelope(payload)
    httpx.post(f"https://reports.internal/{team}", json=envelope)
    return {"sent_at": envelope["sent_at"]}


@task()
async def collect(team: str) -> dict:
    return {"team": team, "open": 3}


@workflow
async def main(team: str):
    payload = await collect(team)
    receipt = await send_report(team, payload)
    return {"team": team, "sent_at": receipt["sent_at"]}
