import requests


class ApiClient:
    def __init__(self, base: str):
        self.base = base

    def get(self, path: str) -> dict:
        return requests.get(self.base + path, timeout=5).json()

    def url(self, path: str) -> str:
        return self.base + path


client = ApiClient("https://api.example.com")


class Session(ApiClient):
    @classmethod
    def from_env(cls) -> "Session":
        return cls("https://api.example.com")

    def __enter__(self) -> "Session":
        return self

    def __exit__(self, *exc: object) -> bool:
        return False


def make_client(base: str) -> ApiClient:
    return ApiClient(base)


def main():
    return client.url("/health")
