# SDK: wmill 1.850.0 client.py each round re-imports the module, so a module counter the body bumps restarts at 0 and counts the same way on every replay.
from wmill import task, workflow

CALLS = 0
SEEN: dict = {}


def remember(key: str, value: str) -> None:
    global CALLS
    CALLS += 1
    SEEN[key] = value


@task()
async def resolve(person: str) -> str:
    return person.lower()


@workflow
async def main(names: list):
    for name in names:
        remember(name, await resolve(name))
    return {"calls": CALLS, "seen": SEEN}
