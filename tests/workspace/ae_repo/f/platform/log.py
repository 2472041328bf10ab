"""Structured logging for every workflow of the workspace.

`log_event` only writes to stdout (Windmill keeps it with the job's logs).
`alert` pages the #ops-alerts channel and must only run inside a task or a step.
"""

import json
import logging
import os

import requests

_logger = logging.getLogger("harbor")
SLACK_WEBHOOK = "https://hooks.slack.com/services/T000/B000/harbor-ops"


def log_event(kind: str, **fields) -> None:
    _logger.info(json.dumps({"kind": kind, **fields}, default=str, sort_keys=True))


def alert(text: str, channel: str = "#ops-alerts") -> None:
    requests.post(SLACK_WEBHOOK, json={"channel": channel, "text": text}, timeout=10)


def job_id() -> str:
    return os.environ.get("WM_JOB_ID", "local")
