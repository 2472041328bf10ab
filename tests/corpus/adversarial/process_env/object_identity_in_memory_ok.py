# SDK: wmill 1.850.0 client.py: id() compared within one round only tells whether two names hold the same object, which is the same on every replay; no address leaves the round.
from wmill import task, workflow


@task()
async def send_row(row: dict) -> bool:
    return True


@workflow
async def main(rows: list[dict]):
    seen: set[int] = set()
    unique = []
    for row in rows:
        if id(row) in seen:
            continue
        seen.add(id(row))
        unique.append(row)
    sent = [await send_row(r) for r in unique]
    return {"sent": sum(sent)}
