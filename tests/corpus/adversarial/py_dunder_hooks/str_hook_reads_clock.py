# SDK: wmill 1.850.0 client.py: the body reruns from the top in every round; an f-string calls the object's __str__, which here reads the clock, so the label differs per round.
from datetime import datetime, timezone

from wmill import task, workflow


class BatchLabel:
    def __init__(self, env: str) -> None:
        self.env = env

    def __str__(self) -> str:
        stamp = datetime.now(timezone.utc).strftime("%Y%m%d%H%M")
        return f"{self.env}-{stamp}"


@task()
async def publish(label: str, rows: list) -> int:
    return len(rows)


@workflow
async def main(env: str, rows: list):
    label = f"batch {BatchLabel(env)}"  # expect: WAC102
    return await publish(label, rows)
