# SDK: wmill 1.850.0 client.py replays the body; torch.randperm with its own generator seeded by manual_seed gives the same order on every replay.
import torch
from wmill import task, workflow


@task()
async def review(index: int) -> int:
    return index


@workflow
async def main(n: int, seed: int = 0):
    gen = torch.Generator().manual_seed(seed)
    order = torch.randperm(n, generator=gen).tolist()
    return [await review(i) for i in order[:3]]
