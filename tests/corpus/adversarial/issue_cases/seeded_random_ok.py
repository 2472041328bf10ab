# SDK: wmill 1.850.0 client.py workflow(): the body must be deterministic; random.Random(seed) with a seed from the inputs is.
import random

from wmill import task, workflow


@task()
async def notify_winner(user: str, prize: str) -> bool:
    return True


@workflow
async def main(entrants: list[str], prizes: list[str], draw_seed: int):
    rng = random.Random(draw_seed)
    pool = sorted(entrants)
    rng.shuffle(pool)
    winners = dict(zip(prizes, pool))
    for prize, user in winners.items():
        await notify_winner(user, prize)
    return winners
