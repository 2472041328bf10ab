"""Brew day: mash, boil, pitch, then wait for fermentation to finish."""

from wmill import sleep, step, task, workflow

from f.brew.lib.batch import batch_code
from f.brew.lib.tasks import ferment_check


@task
async def mash(batch_id: str, recipe: str, volume_l: float) -> dict:
    return {"batch_id": batch_id, "recipe": recipe, "wort_l": volume_l * 1.15}


@task
async def boil(batch_id: str, minutes: int) -> dict:
    return {"batch_id": batch_id, "boiled": minutes}


@workflow
async def main(batch_id: str, recipe: str, volume_l: float, vessel: str = "FV1", target_sg: float = 1.012):
    code = batch_code(batch_id, recipe)
    printed = await step("printed", lambda: batch_code(batch_id, recipe, stamp=True))
    wort = await mash(batch_id, recipe, volume_l)
    await step("sheet-mash", lambda: {"code": code, "printed": printed, "wort_l": wort["wort_l"]})
    await boil(batch_id, 60)
    for _ in range(14):
        await sleep(86400)
        status = await ferment_check(batch_id, vessel, target_sg=target_sg)
        if status["done"]:
            return {"code": code, "status": status}
    return {"code": code, "status": "stuck"}
