import requests


def label(name: str) -> str:
    return name.strip().title()


def _audit(url: str, event: str) -> None:
    requests.post(f"{url}/audit", json={"event": event})


def main(name: str):
    return label(name)
