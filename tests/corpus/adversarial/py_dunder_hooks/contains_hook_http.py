# SDK: wmill 1.850.0 client.py: the body reruns in every round; `in` calls __contains__, which here asks a remote blocklist service, so the body does I/O and branches on live state.
import requests
from wmill import task, workflow


class RemoteBlocklist:
    def __init__(self, base: str) -> None:
        self.base = base

    def __contains__(self, email: object) -> bool:
        return requests.get(f"{self.base}/blocked/{email}", timeout=5).status_code == 200


BLOCKLIST = RemoteBlocklist("https://abuse.example.com")


@task()
async def send_welcome(email: str) -> str:
    return "sent"


@workflow
async def main(email: str):
    if email in BLOCKLIST:  # expect: WAC101
        return "blocked"
    return await send_welcome(email)
