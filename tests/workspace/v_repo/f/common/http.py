# SDK: none; plain httpx helpers shared by the billing scripts
"""Small HTTP helpers. These do network I/O: call them from a task or a step."""

from functools import partial

import httpx

SLACK_OPS_HOOK = "https://hooks.slack.com/services/T0FIN/B0OPS/abc123"
DEFAULT_TIMEOUT = 10.0


def post_json(url: str, payload: dict, timeout: float = DEFAULT_TIMEOUT) -> dict:
    resp = httpx.post(url, json=payload, timeout=timeout)
    resp.raise_for_status()
    return resp.json() if resp.content else {}


def get_json(url: str, token: str, params: dict | None = None) -> dict:
    resp = httpx.get(url, headers={"Authorization": f"Bearer {token}"}, params=params or {})
    resp.raise_for_status()
    return resp.json()


def build_url(base: str, *parts: str) -> str:
    """Join a base URL and path parts without doubling slashes (pure)."""
    out = base.rstrip("/")
    for part in parts:
        out += "/" + str(part).strip("/")
    return out


def slack_blocks(title: str, lines: list[str]) -> dict:
    """The Slack message body for a title and a few lines (pure)."""
    text = "\n".join(f"• {line}" for line in lines)
    return {"blocks": [{"type": "header", "text": {"type": "plain_text", "text": title}},
                       {"type": "section", "text": {"type": "mrkdwn", "text": text}}]}


# Post to the ops channel: `notify_ops({"text": "..."})`.
notify_ops = partial(post_json, SLACK_OPS_HOOK)
