# SDK: wmill 1.850.0 client.py: the environment flag only decides whether a line is printed; the tasks, their order and their arguments are the same in every round.
import os

from wmill import task, workflow


@task()
async def resize(image: str) -> str:
    return f"{image}@2x"


@workflow
async def main(images: list[str]):
    out = []
    for image in images:
        if os.getenv("VERBOSE"):
            print(f"resizing {image}")
        out.append(await resize(image))
    return out
