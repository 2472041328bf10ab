"""Dry-hop a batch: plan the additions, record each one."""

import dataclasses

from wmill import task, task_script, workflow

from f.brew.lib.batch import from_row

hop_addition = task_script("f/brew_ops/hop_addition")


@task
async def plan(row: dict) -> dict:
    return from_row(row).as_dict()


@workflow
async def main(row: dict, additions_g: list[int]):
    planned = await plan(row)
    batch = from_row(row)
    for grams in additions_g:
        await hop_addition(batch=dataclasses.asdict(batch), grams=grams)
    return {"batch_id": batch.batch_id, "planned": planned}
