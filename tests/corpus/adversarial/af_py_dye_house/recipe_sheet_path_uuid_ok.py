# SDK: wmill 1.850.0 task()/step() round-trip results through JSON: returning str(path) / uuid4().hex keeps the same str in every round
"""Recipe sheets with JSON-native results."""

import uuid
from pathlib import Path

from wmill import step, task, workflow

SHARE = Path("/mnt/recipes")


@task()
async def render_sheet(lot: str, recipe: dict) -> str:
    from reportlab.pdfgen import canvas

    out = SHARE / f"{lot}.pdf"
    c = canvas.Canvas(str(out))
    for i, (dye, grams) in enumerate(sorted(recipe["dyes"].items())):
        c.drawString(72, 720 - 18 * i, f"{dye}: {grams} g")
    c.save()
    return out.name


@task()
async def queue_dispense(sheet_name: str, batch_id: str, liquor_ratio: float) -> dict:
    import httpx

    r = httpx.post(
        "https://robot.dyehouse.example/queue",
        json={"sheet": sheet_name, "batch": batch_id, "liquor_ratio": liquor_ratio},
    )
    r.raise_for_status()
    return r.json()


@workflow
async def main(lot: str, recipe: dict, liquor_ratio: float = 8.0):
    batch_id = await step("batch_id", lambda: uuid.uuid4().hex)
    sheet_name = await render_sheet(lot, recipe)
    queued = await queue_dispense(sheet_name, batch_id, liquor_ratio)
    return {"lot": lot, "batch": batch_id, "sheet": Path(sheet_name).stem, "position": queued["position"]}
