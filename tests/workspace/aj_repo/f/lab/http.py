"""JSON helpers on top of the gateway transport."""

from f.lab.transport import request


def post_json(path: str, payload: dict) -> dict:
    return request("POST", path, payload)


def get_json(path: str) -> dict:
    return request("GET", path)
