# SDK: no wmill import; a module of the returns script (returns__mod/)
import re

import requests

RMA_PATTERN = re.compile(r"^RMA-(\d{4})-(\d{6})$")


def parse_rma(code: str) -> dict:
    match = RMA_PATTERN.match(code.strip().upper())
    if not match:
        raise ValueError(f"not an RMA code: {code!r}")
    return {"year": int(match.group(1)), "serial": int(match.group(2))}


def lookup_rma(code: str) -> dict:
    resp = requests.get(f"https://returns.internal/rma/{code}", timeout=10)
    resp.raise_for_status()
    return resp.json()
