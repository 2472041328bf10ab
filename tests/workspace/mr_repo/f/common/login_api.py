from dataclasses import dataclass

import requests


class LoggedIn:
    def __init__(self, url: str, user: str):
        self.url = url
        self.token = requests.post(f"{url}/login", json={"user": user}).json()["token"]

    def headers(self) -> dict:
        return {"Authorization": f"Bearer {self.token}"}


@dataclass
class Page:
    url: str
    size: int = 50

    def __post_init__(self):
        self.size = min(self.size, 500)


def main(url: str, user: str):
    return LoggedIn(url, user).headers()
