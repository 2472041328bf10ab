# SDK: wmill 1.850.0 task wrappers are plain callables: a dict of tasks picked by the (checkpointed) input and functools.partial over a task awaited later dispatch with the task's own name as key
import functools
import logging

import httpx
from wmill import task, workflow

log = logging.getLogger("regatta.jury")

JURY_API = "https://jury.regatta.example/api"


@task()
async def hear_redress(protest: dict, panel: str) -> dict:
    r = httpx.post(f"{JURY_API}/hearings/redress", json={"protest": protest, "panel": panel})
    r.raise_for_status()
    return r.json()


@task()
async def hear_rule_42(protest: dict, panel: str) -> dict:
    r = httpx.post(f"{JURY_API}/hearings/rule42", json={"protest": protest, "panel": panel})
    r.raise_for_status()
    return r.json()


@task(timeout=1800)
async def measure_boat(protest: dict, panel: str) -> dict:
    r = httpx.post(f"{JURY_API}/measurement", json={"sail_no": protest["respondent"], "panel": panel})
    r.raise_for_status()
    return r.json()


@task()
async def dismiss(protest: dict, panel: str) -> dict:
    return {"id": protest["id"], "decision": "invalid", "panel": panel}


@task()
async def post_notice_board(event_id: str, decisions: list[dict]) -> str:
    r = httpx.post(f"{JURY_API}/events/{event_id}/notices", json=decisions)
    r.raise_for_status()
    return r.json()["url"]


HEARINGS = {"redress": hear_redress, "rule42": hear_rule_42, "measurement": measure_boat}


class Jury:
    def __init__(self, panel: str):
        self.panel = panel

    @staticmethod
    def route(kind: str):
        return HEARINGS.get(kind, dismiss)

    def docket(self, protests: list[dict]):
        return [functools.partial(self.route(p["kind"]), p, self.panel) for p in protests]


@workflow
async def main(event_id: str, protests: list[dict], panel: str = "international"):
    jury = Jury(panel)
    docket = jury.docket(protests)
    log.info("event %s: %d hearings on the docket", event_id, len(docket))
    decisions = []
    for hearing in docket:
        decision = await hearing()
        print(f"protest {decision.get('id')}: {decision.get('decision')}")
        decisions.append(decision)
    url = await post_notice_board(event_id, decisions)
    return {"event": event_id, "decisions": len(decisions), "notice": url}
