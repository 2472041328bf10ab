# SDK: wmill 1.850.0 client.py: the body re-runs on every replay; every entry of the table only builds a string from its argument, the same in every round.
from wmill import task, workflow


def as_markdown(rows: list[dict]) -> str:
    return "\n".join(f"- **{r['name']}**: {r['count']}" for r in rows)


def as_csv(rows: list[dict]) -> str:
    return "\n".join(f"{r['name']},{r['count']}" for r in rows)


FORMATTERS = {"md": as_markdown, "csv": as_csv}


@task()
async def count_tickets(team: str) -> list[dict]:
    return [{"name": team, "count": 14}]


@task()
async def publish(body: str, fmt: str) -> bool:
    return bool(body)


@workflow
async def main(team: str, fmt: str = "md"):
    rows = await count_tickets(team)
    body = FORMATTERS[fmt](rows)
    return await publish(body, fmt)
