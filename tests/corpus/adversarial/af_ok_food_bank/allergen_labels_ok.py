# SDK: wmill 1.850.0 a plain script that imports `workflow` but never uses it (Windmill's parser finds no @workflow function, so main runs as an ordinary script): uuid4 label ids, datetime.now and a requests session at module level are fine here
import uuid
from datetime import date, datetime

import requests
import wmill
from wmill import workflow  # noqa: F401  (left over from a draft; main is a plain script)

session = requests.Session()
session.headers.update({"User-Agent": "foodbank-labels/2.3"})

ALLERGENS = ("gluten", "peanut", "tree_nut", "milk", "egg", "soy", "fish", "shellfish", "sesame")


def allergen_line(ingredients: list[str]) -> str:
    found = sorted({a for a in ALLERGENS for i in ingredients if a.replace("_", " ") in i.lower()})
    return "Contains: " + ", ".join(found) if found else "No major allergens"


def label_for(item: dict, packed_on: date) -> dict:
    return {
        "label_id": str(uuid.uuid4()),
        "name": item["name"].title(),
        "allergens": allergen_line(item.get("ingredients", [])),
        "packed_on": packed_on.isoformat(),
        "best_before": item.get("best_before", ""),
    }


def main(batch_id: str, printer: str = "kitchen-zebra"):
    printers = wmill.get_resource("f/food_bank/label_printers")
    if printer not in printers:
        raise ValueError(f"unknown printer {printer!r}; have {sorted(printers)}")

    resp = session.get(f"https://kitchen.foodbank.example/batches/{batch_id}", timeout=15)
    resp.raise_for_status()
    items = resp.json()["items"]

    today = datetime.now().date()
    labels = [label_for(item, today) for item in items]
    try:
        job = session.post(printers[printer]["url"], json={"labels": labels}, timeout=30)
        job.raise_for_status()
    except Exception as exc:
        print(f"printer {printer} failed: {exc}; falling back to PDF")
        pdf = session.post("https://kitchen.foodbank.example/render-pdf", json={"labels": labels}, timeout=60)
        pdf.raise_for_status()
        return {"printed": 0, "pdf": pdf.json()["url"]}
    return {"printed": len(labels), "job": job.json().get("id")}
