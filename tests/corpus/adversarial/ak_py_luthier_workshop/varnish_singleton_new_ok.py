# SDK: wmill 1.850.0 replays the body each round; this singleton's `__new__` only keeps the recipe book it is given (no I/O), and the book itself comes from a task whose result `_next_step` returns from the checkpoint on replay
"""Schedule varnish coats; the recipe singleton is filled from a task's result."""

from __future__ import annotations

import requests

from wmill import sleep, task, workflow

RECIPES_URL = "https://workshop.luthier.example/api/varnish-recipes"


class VarnishRecipes:
    _instance: "VarnishRecipes | None" = None

    def __new__(cls, book: dict) -> "VarnishRecipes":
        if cls._instance is None:
            inst = super().__new__(cls)
            inst.book = dict(book)
            cls._instance = inst
        return cls._instance

    def coats_for(self, model: str) -> list[dict]:
        return self.book.get(model, self.book["default"])


@task(timeout=120)
async def load_recipes() -> dict:
    r = requests.get(RECIPES_URL, timeout=20)
    r.raise_for_status()
    return r.json()


@task(timeout=900)
async def apply_coat(instrument_id: str, coat: dict) -> dict:
    r = requests.post(
        f"https://workshop.luthier.example/api/instruments/{instrument_id}/coats",
        json=coat,
        timeout=30,
    )
    r.raise_for_status()
    return r.json()


@workflow
async def main(instrument_id: str, model: str):
    recipes = VarnishRecipes(await load_recipes())
    applied = []
    for coat in recipes.coats_for(model):
        applied.append(await apply_coat(instrument_id, coat))
        await sleep(int(coat.get("dry_hours", 24)) * 3600)
    return {"instrument": instrument_id, "coats": len(applied)}
