# SDK: wmill 1.850.0 an itertools/graph-colouring scheduler (pure) in the body; the rehearsal week start read once in a step and parsed; task results keyed by actor sorted before fan-out; a method called `post` on a local pinboard class (no network)
import itertools
from collections import defaultdict
from datetime import date, timedelta

import httpx
from wmill import step, task, workflow


class Pinboard:
    """The call sheet as text. `post` pins a line on it; nothing leaves the process."""

    def __init__(self, title: str):
        self.title = title
        self.lines: list[str] = []

    def post(self, when: str, what: str) -> None:
        self.lines.append(f"{when}  {what}")

    def text(self) -> str:
        return "\n".join([self.title, "=" * len(self.title), *self.lines])


@task()
async def availability(production: str) -> dict[str, list[str]]:
    async with httpx.AsyncClient() as c:
        r = await c.get(f"https://company.theatre.example/productions/{production}/availability")
        return r.json()


@task()
async def scenes(production: str) -> dict[str, list[str]]:
    async with httpx.AsyncClient() as c:
        r = await c.get(f"https://company.theatre.example/productions/{production}/scenes")
        return r.json()


@task()
async def email_call_sheet(actor: str, text: str) -> bool:
    async with httpx.AsyncClient() as c:
        r = await c.post("https://mail.theatre.example/send", json={"to": actor, "subject": "Call sheet", "body": text})
        return r.is_success


def colour(scene_cast: dict[str, list[str]]) -> dict[str, int]:
    clash: dict[str, set[str]] = defaultdict(set)
    for a, b in itertools.combinations(sorted(scene_cast), 2):
        if set(scene_cast[a]) & set(scene_cast[b]):
            clash[a].add(b)
            clash[b].add(a)
    slot: dict[str, int] = {}
    for s in sorted(scene_cast, key=lambda s: (-len(clash[s]), s)):
        used = {slot[n] for n in clash[s] if n in slot}
        slot[s] = next(i for i in itertools.count() if i not in used)
    return slot


@workflow
async def main(production: str):
    monday = date.fromisoformat(await step("week_start", lambda: (date.today() + timedelta(days=7 - date.today().weekday())).isoformat()))
    cast = await scenes(production)
    avail = await availability(production)
    slots = colour(cast)
    board = Pinboard(f"{production} — week of {monday.isoformat()}")
    per_actor: dict[str, list[str]] = defaultdict(list)
    for scene, s in sorted(slots.items(), key=lambda kv: (kv[1], kv[0])):
        day = monday + timedelta(days=s // 2)
        when = f"{day:%a %d %b} {'10:00' if s % 2 == 0 else '14:00'}"
        board.post(when, f"{scene}: {', '.join(cast[scene])}")
        for actor in cast[scene]:
            if day.isoformat() in avail.get(actor, []):
                per_actor[actor].append(f"{when} {scene}")
    sent = {actor: await email_call_sheet(actor, "\n".join(lines)) for actor, lines in sorted(per_actor.items())}
    return {"call_sheet": board.text(), "sent": sent}
