# SDK: wmill 1.850.0 main's parameters are only read for the schema; Literal, a str Enum and module-constant defaults cross no checkpoint, and the Enum is sent to the task as its value
import logging
from enum import Enum
from typing import Literal, Optional

import httpx
from wmill import step, task, wait_for_approval, workflow

log = logging.getLogger("grants.call")

GMS = "https://gms.research-council.example/api"
DEFAULT_DEADLINE_DAYS = 45
DEFAULT_PANELS = ["life-sciences", "physical-sciences"]
MAX_AWARD = 500_000.0


class Scheme(str, Enum):
    STARTING = "starting"
    CONSOLIDATOR = "consolidator"
    ADVANCED = "advanced"


@task()
async def create_call(title: str, scheme: str, panels: list[str], deadline_days: int, max_award: float) -> dict:
    r = httpx.post(
        f"{GMS}/calls",
        json={"title": title, "scheme": scheme, "panels": panels, "deadline_days": deadline_days, "max_award": max_award},
    )
    r.raise_for_status()
    return r.json()


@task()
async def announce_call(call_id: str, contact: dict, channels: list[str]) -> list[str]:
    r = httpx.post(f"{GMS}/calls/{call_id}/announce", json={"contact": contact, "channels": channels})
    r.raise_for_status()
    return r.json()["posted"]


@workflow
async def main(
    title: str,
    contact: dict,
    scheme: Scheme = Scheme.STARTING,
    visibility: Literal["public", "invite-only"] = "public",
    panels: list[str] = DEFAULT_PANELS,
    deadline_days: int = DEFAULT_DEADLINE_DAYS,
    max_award: float = MAX_AWARD,
    extra_channels: Optional[list[dict]] = None,
):
    scheme_value = Scheme(scheme).value
    call = await create_call(title=title, scheme=scheme_value, panels=list(panels), deadline_days=deadline_days, max_award=max_award)
    approval = await wait_for_approval(timeout=deadline_days * 3600, key="director")
    if not approval["approved"]:
        return {"call": call["id"], "announced": False}
    channels = ["newsletter"] + (["web"] if visibility == "public" else [])
    channels += [c["name"] for c in (extra_channels or [])]
    posted = await announce_call(call_id=call["id"], contact=dict(contact), channels=channels)
    note = await step("note", lambda: f"{title} ({scheme_value}) announced on {len(posted)} channels")
    log.info(note)
    return {"call": call["id"], "announced": True, "posted": posted}
