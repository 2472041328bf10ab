# SDK: wmill 1.850.0 _run_inline_step calls fn(); a lambda defers compute_ratio to the step, whose dict of floats round-trips through JSON unchanged
import logging
from typing import TypedDict

import httpx
from wmill import step, task, workflow

log = logging.getLogger("kiln.mix")

LAB = "https://glazelab.studio.example/api"


class Recipe(TypedDict):
    name: str
    batch_g: int
    parts: dict[str, float]


def compute_ratio(recipe: Recipe) -> dict[str, float]:
    total = sum(recipe["parts"].values()) or 1.0
    return {material: round(recipe["batch_g"] * share / total, 1) for material, share in recipe["parts"].items()}


@task()
async def check_stock(materials: dict) -> list[str]:
    r = httpx.post(f"{LAB}/stock/check", json=materials)
    r.raise_for_status()
    return r.json()["missing"]


@task()
async def print_label(recipe_name: str, grams: dict) -> str:
    r = httpx.post(f"{LAB}/labels", json={"recipe": recipe_name, "grams": grams})
    r.raise_for_status()
    return r.json()["label_id"]


@workflow
async def main(recipe: Recipe):
    grams = await step("mix_ratio", lambda: compute_ratio(recipe))
    missing = await check_stock(materials=grams)
    if missing:
        log.warning("cannot mix %s, missing %s", recipe["name"], ", ".join(missing))
        return {"recipe": recipe["name"], "mixed": False, "missing": missing}
    label = await print_label(recipe_name=recipe["name"], grams=grams)
    return {"recipe": recipe["name"], "mixed": True, "label": label, "grams": grams}
