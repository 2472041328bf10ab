# SDK: wmill 1.850.0 _StepSuspend(BaseException) is not an Exception nor a KeyboardInterrupt: a BaseException handler re-raising what is not an Exception, and suppress(Exception), let it through
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
        except BaseException as exc:
            if not isinstance(exc, TaskError):
                raise
            signal = {"cap_mw": None}

        if signal.get("cap_mw") is not None:
            applied.append(await apply_curtailment(site, float(signal["cap_mw"])))
        await sleep(300)

    with contextlib.suppress(Exception):
        await log_event(site, f"curtailment loop done, {len(applied)} caps")

    return {"site": site, "caps": len(applied)}
