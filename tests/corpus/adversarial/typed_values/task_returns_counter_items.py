# SDK: wmill 1.850.0 client.py: Counter(...).items() is a dict view; default=str writes "dict_items([...])", a string the body then unpacks character by character.
from collections import Counter

from wmill import task, workflow


@task()
async def error_counts(service: str) -> list:
    counts = Counter(["timeout", "timeout", "refused"])
    return counts.items()  # expect: WAC107


@task()
async def alert(service: str, kind: str, n: int) -> bool:
    return True


@workflow
async def main(service: str):
    pairs = await error_counts(service)
    return [await alert(service, kind, n) for kind, n in pairs]
