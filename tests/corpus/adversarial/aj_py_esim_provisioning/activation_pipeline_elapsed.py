# SDK: wmill 1.850.0 the body is replayed from the top after each task: `time.monotonic()` read through a property of a mixin differs on every replay (and restarts at each process), so the SLA branch in `run()` can flip between rounds
"""eSIM activation pipeline, written by an LLM agent asked to "make this durable" (pipeline class holding the stage results)."""

from __future__ import annotations

import logging
import time

from wmill import task, workflow

log = logging.getLogger("esim.activation")

SMDP = "https://smdp.carrier.example/gsma/rsp2"
SLA_SECONDS = 900


@task(timeout=300)
async def reserve_profile(iccid: str, plan: str) -> dict:
    import requests

    r = requests.post(f"{SMDP}/es2plus/downloadOrder", json={"iccid": iccid, "profileType": plan}, timeout=120)
    r.raise_for_status()
    return r.json()


@task(timeout=300)
async def confirm_order(iccid: str, matching_id: str) -> dict:
    import requests

    r = requests.post(f"{SMDP}/es2plus/confirmOrder", json={"iccid": iccid, "matchingId": matching_id}, timeout=120)
    r.raise_for_status()
    return r.json()


@task(timeout=120)
async def page_support(iccid: str, stage: str) -> None:
    import requests

    requests.post("https://events.pagerduty.example/v2/enqueue", json={"summary": f"eSIM {iccid} slow at {stage}"}, timeout=30)


class TimedMixin:
    started: float = 0.0

    def start_clock(self) -> None:
        self.started = time.monotonic()

    @property
    def elapsed_s(self) -> float:
        return time.monotonic() - self.started


class ActivationPipeline(TimedMixin):
    def __init__(self, iccid: str, plan: str):
        self.iccid = iccid
        self.plan = plan
        self.results: dict[str, dict] = {}

    async def run_stage(self, name: str, fn, *args) -> dict:
        self.results[name] = await fn(*args)
        if self.elapsed_s > SLA_SECONDS:
            await page_support(self.iccid, name)
        return self.results[name]

    async def run(self) -> dict:
        self.start_clock()
        order = await self.run_stage("reserve", reserve_profile, self.iccid, self.plan)
        await self.run_stage("confirm", confirm_order, self.iccid, order["matchingId"])
        return self.results


@workflow
async def main(iccid: str, plan: str = "consumer-5g"):
    pipeline = ActivationPipeline(iccid, plan)
    results = await pipeline.run()  # expect: WAC102
    log.info("activated %s", iccid)
    return {"iccid": iccid, "activation_code": results["confirm"]["activationCode"]}
