# SDK: wmill 1.850.0 client.py replays the body from the top; DataFrame.sample without random_state draws from numpy's global generator, a new pick each replay.
import pandas as pd
from wmill import task, workflow


@task()
async def load_tickets(queue: str) -> list:
    return [{"id": i, "queue": queue} for i in range(50)]


@task()
async def review(ticket_ids: list) -> int:
    return len(ticket_ids)


@workflow
async def main(queue: str):
    df = pd.DataFrame(await load_tickets(queue))
    picked = df.sample(n=5)  # expect: WAC102
    return await review(picked["id"].tolist())
