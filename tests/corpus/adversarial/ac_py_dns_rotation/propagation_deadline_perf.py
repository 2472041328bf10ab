# SDK: wmill 1.850.0 each replay round is a new process: time.perf_counter_ns() has a new origin every round, so the deadline never trips the same way
import time

import httpx
from wmill import sleep, task, wait_for_approval, workflow

BUDGET_NS = 15 * 60 * 1_000_000_000


@task()
async def switch_records(zone: str, target: str) -> int:
    r = httpx.post(f"https://dns.netops.example/v1/zones/{zone}/cutover", json={"target": target})
    return r.json()["changed"]


@task()
async def propagated(zone: str, target: str) -> float:
    r = httpx.get("https://probe.netops.example/propagation", params={"zone": zone, "target": target})
    return r.json()["ratio"]


@task()
async def rollback(zone: str) -> None:
    httpx.post(f"https://dns.netops.example/v1/zones/{zone}/rollback")


@workflow
async def main(zone: str, target: str, needed: float = 0.95):
    changed = await switch_records(zone=zone, target=target)
    started = time.perf_counter_ns()  # expect: WAC102
    ratio = 0.0
    while time.perf_counter_ns() - started < BUDGET_NS:  # expect: WAC102
        ratio = await propagated(zone=zone, target=target)
        if ratio >= needed:
            break
        await sleep(60)
    if ratio < needed:
        answer = await wait_for_approval(timeout=1800, key="rollback_cutover")
        if answer["approved"]:
            await rollback(zone=zone)
            return {"zone": zone, "rolled_back": True}
    return {"zone": zone, "changed": changed, "ratio": ratio}
