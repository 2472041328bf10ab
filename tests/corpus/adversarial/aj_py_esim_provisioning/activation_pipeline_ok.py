# SDK: wmill 1.850.0 the start time is captured once by `step("started", time.time)` and every later reading of the clock is also a step, so the SLA test sees checkpointed numbers on every replay
"""eSIM activation pipeline, written by an LLM agent asked to "make this durable" (pipeline class holding the stage results)."""

from __future__ import annotations

import logging
import time

from wmill import step, task, workflow

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


class ActivationPipeline:
    def __init__(self, iccid: str, plan: str, started: float):
        self.iccid = iccid
        self.plan = plan
        self.started = started
        self.results: dict[str, dict] = {}

    async def run_stage(self, name: str, fn, *args) -> dict:
        self.results[name] = await fn(*args)
        return self.results[name]

    async def run(self) -> dict:
        order = await self.run_stage("reserve", reserve_profile, self.iccid, self.plan)
        await self.run_stage("confirm", confirm_order, self.iccid, order["matchingId"])
        return self.results


@workflow
async def main(iccid: str, plan: str = "consumer-5g"):
    started = await step("started", time.time)
    pipeline = ActivationPipeline(iccid, plan, started)
    results = await pipeline.run()
    finished = await step("finished", time.time)
    if finished - started > SLA_SECONDS:
        await page_support(iccid, "activation")
    log.info("activated %s", iccid)
    return {"iccid": iccid, "activation_code": results["confirm"]["activationCode"]}
