# SDK: wmill 1.850.0 client.py step(): the seed is drawn once and checkpointed, so random.Random(seed) gives the same sample in every round.
import random
import secrets

from wmill import step, task, workflow


@task()
async def review(ticket_id: str) -> str:
    return f"reviewed {ticket_id}"


@workflow
async def main(ticket_ids: list[str], sample_size: int = 5):
    seed = await step("sample_seed", lambda: secrets.randbits(64))
    rng = random.Random(seed)
    picked = rng.sample(sorted(ticket_ids), min(sample_size, len(ticket_ids)))
    return [await review(ticket_id) for ticket_id in picked]
