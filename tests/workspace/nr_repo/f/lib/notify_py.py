import requests


def notify(channel: str, text: str) -> None:
    requests.post("https://hooks.example.com/" + channel, json={"text": text})


def main(channel: str):
    notify(channel, "ping")
