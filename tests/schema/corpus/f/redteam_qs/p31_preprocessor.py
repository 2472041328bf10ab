from typing import Any


def preprocessor(wm_trigger: dict, body: dict[str, Any]):
    return {"payload": body}


def main(payload: dict[str, Any], dry: bool = False):
    return payload
