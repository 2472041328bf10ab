# SDK: wmill 1.850.0 _StepSuspend is a BaseException; a TaskGroup entered through AsyncExitStack.enter_async_context exits when the stack's `async with` ends and re-raises it in a BaseExceptionGroup
import asyncio
import contextlib
import logging

from wmill import task, workflow, step

log = logging.getLogger("randomisation")


@task(timeout=120, tag="irt")
async def randomise(trial_id: str, participant_id: str, stratum: str) -> dict:
    import httpx

    r = httpx.post(
        f"https://irt.internal/trials/{trial_id}/randomise",
        json={"participant": participant_id, "stratum": stratum},
        timeout=30,
    )
    r.raise_for_status()
    return r.json()


@task()
async def dispense_kit(trial_id: str, participant_id: str, kit_type: str) -> dict:
    import httpx

    return httpx.post(
        f"https://supply.internal/trials/{trial_id}/dispense",
        json={"participant": participant_id, "kit": kit_type},
    ).json()


@contextlib.asynccontextmanager
async def timed(label: str):
    log.info("start %s", label)
    try:
        yield
    finally:
        log.info("end %s", label)


@workflow
async def main(trial_id: str, participants: list[dict]):
    pending = {}
    async with contextlib.AsyncExitStack() as stack:
        await stack.enter_async_context(timed("randomise"))
        tg = await stack.enter_async_context(asyncio.TaskGroup())  # expect: WAC201
        for p in participants:
            pending[p["id"]] = tg.create_task(randomise(trial_id, p["id"], p["stratum"]))
    arms = {pid: t.result() for pid, t in pending.items()}

    kits = []
    for pid, arm in arms.items():
        kits.append(await dispense_kit(trial_id, pid, arm["kit_type"]))
    n = await step("count", lambda: len(kits))
    return {"randomised": n, "kits": kits}
