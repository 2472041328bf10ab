import requests


class ApiClient:
    def __init__(self, base: str):
        self.base = base

    def get(self, path: str) -> dict:
        return requests.get(self.base + path, timeout=5).json()

    def url(self, path: str) -> str:
        return self.base + path


client = ApiClient("https://api.example.com")


def main():
    return client.url("/health")
