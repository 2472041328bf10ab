# SDK: wmill 1.850.0 _StepSuspend(BaseException) / TaskError(Exception): a BaseException handler that only re-raises TaskError returns on the suspension; contextlib.suppress(BaseException) swallows it
import contextlib

from wmill import task, step, sleep, workflow, TaskError


@task()
async def iso_dispatch_signal(site: str) -> dict:
    import httpx

    return httpx.get(f"https://iso-feed.sunfield.example/dispatch/{site}", timeout=20).json()


@task()
async def apply_curtailment(site: str, mw_cap: float) -> dict:
    import httpx

    r = httpx.post(f"https://ppc.sunfield.example/{site}/cap", json={"mw": mw_cap}, timeout=20)
    r.raise_for_status()
    return r.json()


@task()
async def log_event(site: str, event: str) -> None:
    import httpx

    httpx.post("https://events.sunfield.example/log", json={"site": site, "event": event}, timeout=10)


@workflow
async def main(site: str, polls: int = 6):
    applied = []
    for _ in range(polls):
        try:
            signal = await iso_dispatch_signal(site)
        except BaseException as exc:  # expect: WAC201
            if isinstance(exc, TaskError):
                raise
            signal = {"cap_mw": None}

        if signal.get("cap_mw") is not None:
            applied.append(await apply_curtailment(site, float(signal["cap_mw"])))
        await sleep(300)

    with contextlib.suppress(KeyboardInterrupt, BaseException):  # expect: WAC201
        await log_event(site, f"curtailment loop done, {len(applied)} caps")

    return {"site": site, "caps": len(applied)}
