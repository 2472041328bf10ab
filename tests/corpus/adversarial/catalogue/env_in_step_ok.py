# SDK: wmill 1.850.0 client.py _run_inline_step: env reads inside the step callback happen once and replay from the checkpoint.
import os

from wmill import step, task, workflow


@task()
async def rotate_secret(secret: str, length: int) -> str:
    return f"{secret} rotated"


@workflow
async def main(names: list[str]):
    length = await step("secret_length", lambda: int(os.environ.get("SECRET_LENGTH", "32")))
    region = await step("region", lambda: os.getenv("AWS_REGION", "eu-west-1"))
    out = []
    for name in names:
        out.append(await rotate_secret(f"{region}/{name}", length))
    return out
