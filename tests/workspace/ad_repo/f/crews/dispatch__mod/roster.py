"""Who is on call this week. Rotations live in the crew sheet; ties are broken at random
so no crew is always first."""

import random

ROTATION = {
    "north": ["crew-7", "crew-2", "crew-11"],
    "south": ["crew-4", "crew-9"],
    "east": ["crew-1", "crew-5", "crew-6"],
}


def on_call(area: str) -> list[str]:
    crews = list(ROTATION.get(area, []))
    random.shuffle(crews)
    return crews


def first_on_call(area: str) -> str | None:
    crews = ROTATION.get(area, [])
    return crews[0] if crews else None
