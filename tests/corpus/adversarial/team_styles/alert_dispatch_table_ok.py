# SDK: wmill 1.850.0 client.py `step`: the handler runs inside the step, once, and its status is replayed from the checkpoint.
import logging
from typing import Callable, Literal

import requests
from wmill import step, task, workflow

log = logging.getLogger("alerts")


def to_slack(target: str, text: str) -> int:
    return requests.post(target, json={"text": text}, timeout=10).status_code


def to_pagerduty(target: str, text: str) -> int:
    return requests.post("https://events.pagerduty.com/v2/enqueue", json={"routing_key": target, "payload": {"summary": text}}, timeout=10).status_code


HANDLERS: dict[str, Callable[[str, str], int]] = {"slack": to_slack, "pagerduty": to_pagerduty}


@task()
async def evaluate_rule(rule_id: str) -> dict:
    return {"firing": True, "text": f"rule {rule_id} firing"}


@workflow
async def main(rule_id: str, channel: Literal["slack", "pagerduty"], target: str):
    result = await evaluate_rule(rule_id)
    if result["firing"]:
        status = await step("send_alert", lambda: HANDLERS[channel](target, result["text"]))
        log.info("alert sent: %s", status)
    return result
