import requests


def make_sender(url: str):
    def send(body: dict):
        return requests.post(url, json=body)

    return send


def make_formatter(prefix: str):
    return lambda text: f"{prefix}{text}"


def main(url: str):
    return make_formatter("> ")(url)
