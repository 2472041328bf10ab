# SDK: wmill 1.850.0 _wait_for_approval raises RuntimeError when an explicit key was already allocated; the revision loop asks for CHAIR_KEY again on its second pass
import logging

import httpx
from wmill import step, task, wait_for_approval, workflow

log = logging.getLogger("grants.chair")

GMS = "https://gms.research-council.example/api"
CHAIR_KEY = "panel_chair_signoff"
MAX_ROUNDS = 3
SIGNOFF_HOURS = 72


@task()
async def draft_minutes(meeting_id: str, revision: int, notes: list[str]) -> dict:
    r = httpx.post(f"{GMS}/meetings/{meeting_id}/minutes", json={"revision": revision, "notes": notes})
    r.raise_for_status()
    return r.json()


@task()
async def email_chair(meeting_id: str, minutes_url: str) -> None:
    httpx.post(f"{GMS}/meetings/{meeting_id}/notify-chair", json={"url": minutes_url}).raise_for_status()


@task()
async def publish_minutes(meeting_id: str, minutes_id: str) -> str:
    r = httpx.post(f"{GMS}/meetings/{meeting_id}/minutes/{minutes_id}/publish")
    r.raise_for_status()
    return r.json()["public_url"]


@workflow
async def main(meeting_id: str):
    notes: list[str] = []
    minutes = None
    for revision in range(1, MAX_ROUNDS + 1):
        minutes = await draft_minutes(meeting_id=meeting_id, revision=revision, notes=notes)
        await email_chair(meeting_id=meeting_id, minutes_url=minutes["url"])
        answer = await wait_for_approval(
            timeout=SIGNOFF_HOURS * 3600,
            key=CHAIR_KEY,  # expect: WAC303
            form={"type": "object", "properties": {"changes": {"type": "string"}}},
        )
        if answer["approved"]:
            break
        notes.append(answer.get("value", {}).get("changes", ""))
    else:
        return {"meeting": meeting_id, "published": False, "rounds": MAX_ROUNDS}
    url = await publish_minutes(meeting_id=meeting_id, minutes_id=minutes["id"])
    done = await step("published_note", lambda: f"minutes of {meeting_id} published")
    log.info(done)
    return {"meeting": meeting_id, "published": True, "url": url}
