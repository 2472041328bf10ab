# SDK: wmill 1.850.0 a failed task raises TaskError (an Exception); _StepSuspend is a BaseException and passes through except Exception; retries get fresh keys in the same order every round
"""Dispensing with a hand-written retry loop around the task."""

import logging

from wmill import TaskError, sleep, task, workflow

log = logging.getLogger("dyehouse.dispense")


@task(timeout=600)
async def dispense(station: str, dye: str, grams: float) -> dict:
    import httpx

    r = httpx.post(f"https://robot.dyehouse.example/{station}/dispense", json={"dye": dye, "grams": grams})
    r.raise_for_status()
    return r.json()


@task()
async def flag_station(station: str, error: str) -> None:
    import httpx

    httpx.post("https://mes.dyehouse.example/alarms", json={"station": station, "error": error})


async def with_retries(fn, *args, attempts: int = 3):
    last = None
    for i in range(attempts):
        try:
            return await fn(*args)
        except Exception as exc:
            last = exc
            log.warning("attempt %d failed: %r", i + 1, exc)
            await sleep(30 * (i + 1))
    raise RuntimeError(f"gave up after {attempts}: {last!r}")


@workflow
async def main(station: str, recipe: dict[str, float]):
    done = []
    for dye in sorted(recipe):
        try:
            done.append(await with_retries(dispense, station, dye, recipe[dye]))
        except RuntimeError as e:
            await flag_station(station, str(e))
            return {"station": station, "completed": done, "failed": dye}
        except TaskError as e:
            await flag_station(station, f"task error {e}")
            raise
    return {"station": station, "completed": done}
