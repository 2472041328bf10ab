import requests


def get_json(url: str) -> dict:
    return requests.get(url, timeout=10).json()


def slugify(text: str) -> str:
    return "-".join(text.lower().split())


class Api:
    base = "https://api.example.com"

    @staticmethod
    def fetch(path: str) -> dict:
        return get_json(Api.base + path)


def main():
    return slugify("Common Helpers")
