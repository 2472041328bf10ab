"""Log each mash rest on the brew sheet."""

from wmill import step, task, workflow

from f.brew.lib.steps import STAGES, stage_name  # expect: WAC403


@task
async def rest(stage: str, temp_c: float, minutes: int) -> dict:
    return {"stage": stage, "temp_c": temp_c, "minutes": minutes}


@workflow
async def main(batch_id: str, rests: dict[str, float]):
    done = []
    for stage in STAGES:
        if stage in rests:
            done.append(await rest(stage, rests[stage], 20))
    labels = [stage_name(stage) for stage in rests]
    await step("mash-summary", lambda: {"batch_id": batch_id, "labels": labels})
    return done
