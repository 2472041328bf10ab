# SDK: wmill 1.850.0 replays the body each round in a new process; `VarnishRecipes()` in the body runs the class's `__new__`, which on first use in the process downloads the recipe book with requests, so the download repeats on every replay
"""Schedule varnish coats for finished instruments; recipes come from a singleton
loaded on first construction (ported from a Django management command)."""

from __future__ import annotations

import requests

from wmill import sleep, task, workflow

RECIPES_URL = "https://workshop.luthier.example/api/varnish-recipes"


class VarnishRecipes:
    _instance: "VarnishRecipes | None" = None

    def __new__(cls) -> "VarnishRecipes":
        if cls._instance is None:
            inst = super().__new__(cls)
            inst.book = requests.get(RECIPES_URL, timeout=20).json()
            cls._instance = inst
        return cls._instance

    def coats_for(self, model: str) -> list[dict]:
        return self.book.get(model, self.book["default"])


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
    recipes = VarnishRecipes()  # expect: WAC101
    applied = []
    for coat in recipes.coats_for(model):
        applied.append(await apply_coat(instrument_id, coat))
        await sleep(int(coat.get("dry_hours", 24)) * 3600)
    return {"instrument": instrument_id, "coats": len(applied)}
