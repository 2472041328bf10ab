# SDK: wmill 1.850.0 client.py: a nested function defined and called inside the @workflow body is body code, replayed each round.
import os

from wmill import task, workflow


@task()
async def resize(image: str, width: int) -> str:
    return f"{image}@{width}"


@workflow
async def main(images: list[str]):
    def target_width() -> int:
        return int(os.environ.get("THUMB_WIDTH", "320"))

    width = target_width()  # expect: WAC102
    out = []
    for image in images:
        out.append(await resize(image, width))
    return out
