from typing import Literal


def preprocessor(event: dict, kind: Literal["http", "kafka"] = "http"):
    return {"body": event}


def main(body: dict, extra: str = "x"):
    return body
