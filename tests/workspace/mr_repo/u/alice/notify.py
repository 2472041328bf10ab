import requests


def ping(channel: str, text: str) -> None:
    requests.post(f"https://hooks.example.com/{channel}", json={"text": text})


def main(channel: str, text: str):
    ping(channel, text)
