# SDK: wmill 1.850.0 client.py: the body re-runs on every replay; a handler picked from a dispatch table by the alert's channel runs in the body, so its request is sent again each round.
import logging
from typing import Callable, Literal

import requests
from wmill import task, workflow

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
        status = HANDLERS[channel](target, result["text"])  # expect: WAC101
        log.info("alert sent: %s", status)
    return result
