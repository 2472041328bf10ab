# SDK: wmill 1.850.0 returns a task's value through JSON; a `StrEnum` member is a `str` and is written as its value (`auto()` gives the lower-cased name, `"chypre"`), and the `case Family.CHYPRE:` value pattern compares with `==`, which a `StrEnum` member answers like its string
"""Route a new accord to the right evaluation panel by olfactive family, with a
`StrEnum` so the family survives the checkpoint as its string value."""

from enum import StrEnum, auto

import httpx

from wmill import task, workflow


class Family(StrEnum):
    CITRUS = auto()
    FLORAL = auto()
    CHYPRE = auto()
    WOODY = auto()


@task(timeout=600, tag="gpu")
async def classify(accord_id: str) -> Family:
    async with httpx.AsyncClient(base_url="https://nose-model.atelier.example") as client:
        r = await client.post("/classify", json={"accord": accord_id})
        r.raise_for_status()
        return Family(r.json()["family"].lower())


@task(timeout=300)
async def book_panel(accord_id: str, panel: str) -> dict:
    async with httpx.AsyncClient(base_url="https://panels.atelier.example") as client:
        r = await client.post("/sessions", json={"accord": accord_id, "panel": panel})
        r.raise_for_status()
        return r.json()


@workflow
async def main(accord_id: str):
    family = await classify(accord_id)
    match family:
        case Family.CITRUS | Family.FLORAL:
            panel = "fresh"
        case Family.CHYPRE | Family.WOODY:
            panel = "deep"
        case _:
            panel = "general"
    return await book_panel(accord_id, panel)
