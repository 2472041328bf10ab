# SDK: wmill 1.850.0 client.py workflow(): the worker runs main itself; the guide says not to call main.
import asyncio

from wmill import task, workflow


@task()
async def greet(who: str) -> str:
    return f"hi {who}"


@workflow
async def main(name: str = "world"):
    return await greet(name)


if __name__ == "__main__":
    print(asyncio.run(main("local")))  # expect: WAC006
