# SDK: wmill 1.850.0 module code re-runs each round; random.seed(int) at import gives the same draws in each round's process
import logging
import random
import re

from wmill import step, task, workflow

log = logging.getLogger("brewlog")
BATCH_RE = re.compile(r"^B-(\d{4})$")
STYLES = ("helles", "dunkel", "west-coast-ipa", "oatmeal-stout")
random.seed(1516)  # the Reinheitsgebot year: a fixed tasting order every round


@task()
async def pour_flight(batch: str, order: list[str]) -> dict:
    return {"batch": batch, "order": order}


@task()
async def file_tasting_notes(batch: str, notes: dict) -> str:
    return f"notes-{batch}"


@workflow
async def main(batch: str):
    m = BATCH_RE.match(batch)
    if not m:
        raise ValueError(f"bad batch id {batch!r}")
    log.info("tasting for batch %s", m.group(1))

    order = list(STYLES)
    random.shuffle(order)
    flight = await pour_flight(batch, order)

    notes = await step("notes", lambda: {"order": flight["order"], "panel": 4})
    return await file_tasting_notes(batch, notes)
