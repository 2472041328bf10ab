# SDK: wmill 1.850.0 client.py: outside Windmill's runner no WorkflowCtx exists, so tasks run in place; calling main yourself defeats the checkpointing.
import asyncio

from wmill import task, workflow


@task()
async def rotate_keys(service: str) -> str:
    return f"rotated {service}"


@workflow
async def main(services: list[str]):
    return [await rotate_keys(s) for s in services]


if __name__ == "__main__":
    loop = asyncio.new_event_loop()
    print(loop.run_until_complete(main(["billing", "auth"])))  # expect: WAC006
