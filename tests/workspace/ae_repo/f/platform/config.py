"""Workspace settings, read once per process from a Windmill variable."""

import functools
import json

import wmill

DEFAULTS = {"late_fee_cents": 5000, "grace_days": 5, "renewal_notice_days": 60}


@functools.lru_cache(maxsize=1)
def settings() -> dict:
    raw = wmill.get_variable("f/platform/settings")
    return {**DEFAULTS, **json.loads(raw)}


def default(key: str):
    return DEFAULTS[key]
