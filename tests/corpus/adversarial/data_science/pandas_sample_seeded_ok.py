# SDK: wmill 1.850.0 client.py replays the body from the top; DataFrame.sample(random_state=7) picks the same rows on every replay.
import pandas as pd
from wmill import task, workflow


@task()
async def load_tickets(queue: str) -> list:
    return [{"id": i, "queue": queue} for i in range(50)]


@task()
async def review(ticket_ids: list) -> int:
    return len(ticket_ids)


@workflow
async def main(queue: str, seed: int = 7):
    df = pd.DataFrame(await load_tickets(queue))
    picked = df.sample(n=5, random_state=seed)
    shuffled = df.sample(frac=1.0, random_state=7)
    return await review(picked["id"].tolist() + shuffled["id"].head(2).tolist())
