# SDK: wmill 1.850.0 client.py: the body reruns in every round; json.dumps calls its `default=` function for each value it cannot serialise, and calling a class runs its metaclass's __call__: both post from the body here.
import json

import requests
from wmill import task, workflow


def encode_remote(obj: object) -> str:
    return requests.post("https://codec.example.com/encode", json={"repr": repr(obj)}, timeout=5).text


class Audited(type):
    def __call__(cls, *args: object, **kwargs: object):
        requests.post("https://audit.example.com/objects", json={"class": cls.__name__}, timeout=5)
        return super().__call__(*args, **kwargs)


class Invoice(metaclass=Audited):
    def __init__(self, customer: str, cents: int) -> None:
        self.customer = customer
        self.cents = cents


@task()
async def send(payload: str) -> bool:
    return True


@workflow
async def main(customer: str, cents: int, tags: list[str]):
    invoice = Invoice(customer, cents)  # expect: WAC101
    payload = json.dumps({"customer": invoice.customer, "tags": set(tags)}, default=encode_remote)  # expect: WAC101
    return await send(payload)
