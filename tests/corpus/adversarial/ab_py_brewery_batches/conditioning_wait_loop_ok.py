# SDK: wmill 1.850.0 sleep() keys are numbered in call order; task results are checkpointed, so a loop on them replays the same way
from wmill import sleep, task, workflow


@task()
async def read_pressure(tank: str) -> float:
    return 14.2


@task()
async def mark_carbonated(tank: str, psi: float) -> dict:
    return {"tank": tank, "psi": psi}


@task()
async def alert_cellar(tank: str, reason: str) -> None:
    return None


@workflow
async def main(tank: str = "bbt2", target_psi: float = 12.0, max_checks: int = 8):
    checks = 0
    psi = await read_pressure(tank)
    while psi < target_psi:
        checks += 1
        if checks >= max_checks:
            await alert_cellar(tank, f"carbonation stalled at {psi} psi")
            return {"tank": tank, "done": False}
        await sleep(900)
        psi = await read_pressure(tank)

    return await mark_carbonated(tank, psi)
