# SDK: wmill 1.850.0 client.py: the body replays from the top; `TimeoutSession` overrides `request` and calls `super().request`, and `get` (inherited from `requests.Session`) goes through it: the GET is sent again on every replay.
import requests
from wmill import task, workflow


class TimeoutSession(requests.Session):
    def request(self, method, url, **kwargs):
        kwargs.setdefault("timeout", 10)
        return super().request(method, url, **kwargs)


@task()
async def store(rates: dict) -> int:
    return len(rates)


@workflow
async def main(base: str = "EUR"):
    http = TimeoutSession()
    rates = http.get(f"https://rates.example.com/latest?base={base}").json()  # expect: WAC101
    return await store(rates)
