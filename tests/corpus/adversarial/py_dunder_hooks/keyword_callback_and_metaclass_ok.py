# SDK: wmill 1.850.0 client.py: the body reruns in every round; this `default=` encoder only sorts a set into a list, and the metaclass's __call__ only counts instances in memory: both pure.
import json

from wmill import task, workflow


def encode(obj: object) -> object:
    if isinstance(obj, (set, frozenset)):
        return sorted(obj)
    raise TypeError(type(obj).__name__)


class Counted(type):
    built: dict = {}

    def __call__(cls, *args: object, **kwargs: object):
        Counted.built[cls.__name__] = Counted.built.get(cls.__name__, 0) + 1
        return super().__call__(*args, **kwargs)


class Invoice(metaclass=Counted):
    def __init__(self, customer: str, cents: int) -> None:
        self.customer = customer
        self.cents = cents


@task()
async def send(payload: str) -> bool:
    return True


@workflow
async def main(customer: str, cents: int, tags: list[str]):
    invoice = Invoice(customer, cents)
    payload = json.dumps({"customer": invoice.customer, "tags": set(tags)}, default=encode)
    return await send(payload)
