# SDK: wmill 1.850.0 keyless wait_for_approval() in a loop over a sorted role list (steps approval, approval_2, ... in loop order, the same each replay) with the approval page URL sent by a task; heapq over candidate scores in the body
import heapq
from typing import TypedDict

import httpx
from wmill import task, wait_for_approval, workflow


class Audition(TypedDict):
    candidate: str
    role: str
    score: float


@task()
async def auditions_for(production: str) -> list[Audition]:
    async with httpx.AsyncClient() as c:
        r = await c.get(f"https://casting.theatre.example/productions/{production}/auditions")
        r.raise_for_status()
        return r.json()


@task()
async def notify_director(production: str, role: str, shortlist: list[str]) -> None:
    async with httpx.AsyncClient() as c:
        await c.post(
            "https://chat.theatre.example/hooks/director",
            json={"text": f"{production}: pick for {role} from {', '.join(shortlist)}"},
        )


@task()
async def send_offer(candidate: str, role: str, production: str) -> str:
    async with httpx.AsyncClient() as c:
        r = await c.post("https://casting.theatre.example/offers", json={"candidate": candidate, "role": role, "production": production})
        return r.json()["offer_id"]


def shortlist(auditions: list[Audition], role: str, n: int) -> list[str]:
    heap = [(-a["score"], a["candidate"]) for a in auditions if a["role"] == role]
    heapq.heapify(heap)
    return [heapq.heappop(heap)[1] for _ in range(min(n, len(heap)))]


@workflow
async def main(production: str, roles: list[str], shortlist_size: int = 3):
    auditions = await auditions_for(production)
    offers: dict[str, str] = {}
    for role in sorted(roles):
        picks = shortlist(auditions, role, shortlist_size)
        if not picks:
            continue
        await notify_director(production, role, picks)
        form = {"type": "object", "properties": {"candidate": {"type": "string", "enum": picks}}}
        decision = await wait_for_approval(timeout=3 * 86400, form=form)
        if decision["approved"] and decision.get("value"):
            offers[role] = await send_offer(decision["value"]["candidate"], role, production)
    return {"production": production, "offers": offers}
