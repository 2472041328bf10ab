# SDK: wmill 1.850.0 task()/step() round-trip results through JSON (default=str on the suspend path): a Path comes back as a str without .name, a UUID as a str without .hex
"""Recipe sheets for the dispensing robot, ported from a Celery worker that
rendered PDFs to a shared volume."""

import uuid
from pathlib import Path

from wmill import step, task, workflow

SHARE = Path("/mnt/recipes")


@task()
async def render_sheet(lot: str, recipe: dict) -> Path:
    from reportlab.pdfgen import canvas

    out = SHARE / f"{lot}.pdf"
    c = canvas.Canvas(str(out))
    for i, (dye, grams) in enumerate(sorted(recipe["dyes"].items())):
        c.drawString(72, 720 - 18 * i, f"{dye}: {grams} g")
    c.save()
    return out  # expect: WAC107


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
    batch_id = await step("batch_id", lambda: uuid.uuid4())  # expect: WAC107
    sheet = await render_sheet(lot, recipe)
    queued = await queue_dispense(sheet.name, batch_id.hex, liquor_ratio)
    return {"lot": lot, "batch": str(batch_id), "position": queued["position"]}
