import requests


class TokenClient:
    def __init__(self, url: str):
        self.url = url

    @property
    def token(self) -> str:
        return requests.post(f"{self.url}/token").json()["token"]

    @property
    def host(self) -> str:
        return self.url.split("/")[2]


class Routes:
    post = requests.post

    @staticmethod
    def join(base: str, path: str) -> str:
        return f"{base}/{path}"


def main(url: str):
    return TokenClient(url).host
