import requests


class Notifier:
    def __init__(self, url: str):
        self.url = url

    def __call__(self, text: str):
        return requests.post(self.url, json={"text": text})


class Formatter:
    def __init__(self, prefix: str):
        self.prefix = prefix

    def __call__(self, text: str) -> str:
        return f"{self.prefix}{text}"


notifier = Notifier("https://hooks.example.com/ops")
formatter = Formatter("[ops] ")


def main(text: str):
    return formatter(text)
