# SDK: wmill 1.850.0 client.py: the body reruns from the top in every round; this __str__ only joins the object's own fields (from the inputs), so every round builds the same label.
from wmill import task, workflow


class BatchLabel:
    def __init__(self, env: str, day: str) -> None:
        self.env = env
        self.day = day

    def __str__(self) -> str:
        return f"{self.env}-{self.day.replace('-', '')}"


@task()
async def publish(label: str, rows: list) -> int:
    return len(rows)


@workflow
async def main(env: str, day: str, rows: list):
    label = f"batch {BatchLabel(env, day)}"
    return await publish(label, rows)
