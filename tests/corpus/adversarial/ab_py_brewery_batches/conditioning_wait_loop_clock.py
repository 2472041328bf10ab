# SDK: wmill 1.850.0 sleep() suspends and the body re-runs from the top; loop.time() is the monotonic clock of this round's process
import asyncio

from wmill import sleep, step, task, workflow


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
async def main(tank: str = "bbt2", target_psi: float = 12.0, budget_s: int = 7200):
    loop = asyncio.get_running_loop()
    started = loop.time()  # expect: WAC102

    psi = await read_pressure(tank)
    while psi < target_psi:
        if loop.time() - started > budget_s:  # expect: WAC102
            await alert_cellar(tank, "carbonation stalled")
            return {"tank": tank, "done": False}
        await sleep(900)
        psi = await read_pressure(tank)

    return await step("mark", lambda: {"tank": tank, "psi": psi})
