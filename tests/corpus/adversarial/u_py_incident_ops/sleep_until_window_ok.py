# SDK: wmill 1.850.0 sleep(seconds) runs int() of a float; the clock is read once in a step and the window start comes from the input, so the wait is the same every round
from datetime import datetime, timezone

from wmill import sleep, step, task, workflow


@task()
async def drain_node(node: str) -> None:
    from kubernetes import client, config

    config.load_incluster_config()
    client.CoreV1Api().patch_node(node, {"spec": {"unschedulable": True}})


@task()
async def reboot_node(node: str) -> str:
    import requests

    return requests.post(f"https://fleet.internal/api/nodes/{node}/reboot", timeout=30).json()["state"]


@workflow
async def main(nodes: list[str], window_start: str):
    now = await step("now", lambda: datetime.now(timezone.utc).isoformat())
    wait_s = (datetime.fromisoformat(window_start) - datetime.fromisoformat(now)).total_seconds()
    if wait_s > 0:
        await sleep(wait_s)
    states = {}
    for node in nodes:
        await drain_node(node)
        states[node] = await reboot_node(node)
    return states
