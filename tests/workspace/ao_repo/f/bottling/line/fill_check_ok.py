"""Check the fill level of a line's last run and hold the pallet when it is low."""

from wmill import step, task, workflow

from ..lib.fill import fill_levels, settle


@task
async def hold_pallet(line: str, reason: str) -> dict:
    return {"line": line, "held": True, "reason": reason}


@workflow
async def main(line: str, min_ml: float = 325.0):
    settle()
    levels = await step("levels", lambda: fill_levels(line))
    nominal = fill_levels(line, live=False)
    low = [lvl for lvl in levels if lvl < min_ml]
    if low:
        await hold_pallet(line, f"{len(low)} low fills")
    return {"line": line, "low": len(low), "nominal": len(nominal)}
