# SDK: wmill 1.850.0 client.py: the body re-runs on replay; building subclasses of library classes (`requests.HTTPError`, `httpx.Auth`) makes plain objects and sends nothing; the request itself runs in a task.
import httpx
import requests
from wmill import task, workflow


class PaymentDeclined(requests.HTTPError):
    pass


class BearerAuth(httpx.Auth):
    def __init__(self, token: str):
        self.token = token

    def auth_flow(self, request):
        request.headers["Authorization"] = f"Bearer {self.token}"
        yield request


@task()
async def charge(customer: str, cents: int, token: str) -> dict:
    with httpx.Client(auth=BearerAuth(token)) as client:
        return client.post("https://pay.example.com/charges", json={"c": customer, "n": cents}).json()


@workflow
async def main(customer: str, cents: int, token: str):
    auth = BearerAuth(token)
    result = await charge(customer, cents, auth.token)
    if result.get("status") == "declined":
        raise PaymentDeclined(f"charge for {customer} declined")
    return result
