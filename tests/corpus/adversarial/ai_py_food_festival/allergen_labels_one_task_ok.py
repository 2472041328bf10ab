# SDK: wmill 1.850.0 one top-level task takes the language as an argument; calls in a loop get keys render_labels, render_labels_2, ... in the fixed order of LANGUAGES
"""Allergen labels for every dish, in each festival language (a Celery task per language ported as a loop)."""

from __future__ import annotations

import logging

from wmill import task, workflow

log = logging.getLogger("festival.labels")

LABELS_API = "https://labels.festival.example"
LANGUAGES = ("en", "fr", "de")
ALLERGENS = ("gluten", "crustaceans", "eggs", "fish", "peanuts", "soy", "milk", "nuts", "celery", "mustard", "sesame", "sulphites", "lupin", "molluscs")

@task(timeout=300, tag="labels")
async def render_labels(vendor_id: str, lang: str, dishes: list[dict]) -> str:
    import httpx

    r = httpx.post(f"{LABELS_API}/render", json={"vendor": vendor_id, "lang": lang, "dishes": dishes})
    r.raise_for_status()
    return r.json()["pdf_url"]


@task(timeout=120)
async def vendor_menu(vendor_id: str) -> list[dict]:
    import httpx

    r = httpx.get(f"{LABELS_API}/vendors/{vendor_id}/menu")
    r.raise_for_status()
    return r.json()


def declared(dish: dict) -> list[str]:
    return [a for a in ALLERGENS if dish.get(a)]


@workflow
async def main(vendor_id: str):
    menu = await vendor_menu(vendor_id)
    dishes = [{"name": d["name"], "allergens": declared(d)} for d in menu]
    urls = {}
    for lang in LANGUAGES:
        urls[lang] = await render_labels(vendor_id, lang, dishes)
    log.info("labels for %s: %s", vendor_id, urls)
    return {"vendor": vendor_id, "labels": urls}
