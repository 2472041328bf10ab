# SDK: wmill 1.850.0 a task's result crosses json.dumps(default=str): the Decimal values come back as str, so format(levels[g], ",.2f") raises ValueError and the kg comparison raises TypeError
import logging
from decimal import Decimal

import httpx
from wmill import task, wait_for_approval, workflow

log = logging.getLogger("kiln.glaze")

INVENTORY = "https://inventory.studio.example/api"
REORDER_KG = {"celadon": Decimal("2.5"), "tenmoku": Decimal("2.0"), "shino": Decimal("3.0")}


@task()
async def glaze_levels(studio: str) -> dict[str, Decimal]:
    r = httpx.get(f"{INVENTORY}/studios/{studio}/glazes")
    r.raise_for_status()
    return {row["glaze"]: Decimal(str(row["kg"])) for row in r.json()}  # expect: WAC107


@task()
async def order_materials(studio: str, lines: list[dict]) -> str:
    r = httpx.post(f"{INVENTORY}/studios/{studio}/orders", json={"lines": lines})
    r.raise_for_status()
    return r.json()["order_id"]


@workflow
async def main(studio: str):
    levels = await glaze_levels(studio=studio)
    low = []
    for glaze, threshold in REORDER_KG.items():
        have = levels.get(glaze, Decimal(0))
        log.info("%s: %s kg", glaze, format(have, ",.2f"))
        if have < threshold:
            low.append({"glaze": glaze, "kg": float(threshold * 4 - have)})
    if not low:
        return {"studio": studio, "ordered": False}
    answer = await wait_for_approval(timeout=24 * 3600, key="studio_manager")
    if not answer["approved"]:
        return {"studio": studio, "ordered": False, "low": low}
    order_id = await order_materials(studio=studio, lines=low)
    return {"studio": studio, "ordered": True, "order": order_id}
