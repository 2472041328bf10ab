# SDK: wmill 1.850.0 client.py: the body reruns in every round; reading a class attribute that is a descriptor runs its __get__, and this one GETs the value from a billing API in the body.
import httpx
from wmill import task, workflow


class RemoteField:
    def __init__(self, field: str) -> None:
        self.field = field

    def __set_name__(self, owner: type, name: str) -> None:
        self.attr = name

    def __get__(self, obj: "Account", objtype: type | None = None) -> float:
        resp = httpx.get(f"https://billing.example.com/accounts/{obj.account_id}")
        return float(resp.json()[self.field])


class Account:
    balance = RemoteField("balance")

    def __init__(self, account_id: str) -> None:
        self.account_id = account_id


@task()
async def charge(account_id: str, amount: float) -> str:
    return "charged"


@workflow
async def main(account_id: str):
    acct = Account(account_id)
    owed = acct.balance  # expect: WAC101
    if owed > 0:
        return await charge(account_id, owed)
    return "nothing owed"
