# SDK: wmill 1.850.0 client.py replays the body in a fresh process; torch's default generator is seeded nondeterministically, so the noise sent to the task changes.
import torch
from wmill import task, workflow


@task(tag="gpu")
async def generate(prompt: str, noise: list) -> str:
    return prompt


@workflow
async def main(prompt: str):
    noise = torch.randn(4).tolist()  # expect: WAC102
    return await generate(prompt, noise)
