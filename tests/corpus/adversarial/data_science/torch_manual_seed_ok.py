# SDK: wmill 1.850.0 client.py replays the body in a fresh process; torch.manual_seed(seed) right before the draw makes torch.randn give the same values every replay.
import torch
from wmill import task, workflow


@task(tag="gpu")
async def generate(prompt: str, noise: list) -> str:
    return prompt


@workflow
async def main(prompt: str, seed: int = 0):
    torch.manual_seed(seed)
    noise = torch.randn(4).tolist()
    return await generate(prompt, noise)
