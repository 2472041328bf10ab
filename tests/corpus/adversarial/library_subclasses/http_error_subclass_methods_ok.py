# SDK: wmill 1.850.0 client.py: the body replays from the top; a subclass of `requests.HTTPError` / `httpx.HTTPStatusError` is an exception object: building it, `add_note` and `str()` send nothing.
import httpx
import requests
from wmill import task, workflow


class CardDeclined(requests.HTTPError):
    def __init__(self, code: str):
        super().__init__(f"card declined: {code}")
        self.code = code


class RateLimited(httpx.HTTPStatusError):
    pass


@task()
async def charge(customer: str, cents: int) -> dict:
    return {"status": "declined", "code": "insufficient_funds"}


@workflow
async def main(customer: str, cents: int):
    result = await charge(customer, cents)
    if result["status"] == "declined":
        err = CardDeclined(result["code"])
        err.add_note(f"customer {customer}")
        print(str(err), err.code)
        raise err
    return result
