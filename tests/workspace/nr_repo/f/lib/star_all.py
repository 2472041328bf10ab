import requests

__all__ = ["notify", "_audit"]


def notify(url: str, text: str) -> int:
    return requests.post(url, json={"text": text}).status_code


def _audit(url: str, event: str) -> None:
    requests.post(f"{url}/audit", json={"event": event})


def main(url: str):
    return notify(url, "hello")
