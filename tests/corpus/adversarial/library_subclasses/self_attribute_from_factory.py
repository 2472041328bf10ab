# SDK: wmill 1.850.0 client.py: the body replays from the top; `Uploader.__init__` keeps `new_session()` (a `requests.Session`) on `self.http`, and `push` PUTs through it on every replay.
import requests
from wmill import task, workflow


def new_session(token: str) -> requests.Session:
    s = requests.Session()
    s.headers["Authorization"] = f"token {token}"
    return s


class Uploader:
    def __init__(self, token: str):
        self.http = new_session(token)

    def push(self, name: str, body: str) -> int:
        return self.http.put(f"https://files.example.com/{name}", data=body).status_code


@task()
async def render(page: str) -> str:
    return f"<h1>{page}</h1>"


@workflow
async def main(name: str, token: str):
    html = await render(name)
    return Uploader(token).push(f"{name}.html", html)  # expect: WAC101
