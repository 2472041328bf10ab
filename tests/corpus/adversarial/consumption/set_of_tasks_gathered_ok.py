# SDK: wmill 1.850.0 client.py: the asyncio tasks are collected in a set and all gathered.
import asyncio

from wmill import task, workflow


@task()
async def ping(host: str) -> bool:
    return True


@workflow
async def main(hosts: list[str]):
    running = set()
    for host in hosts:
        running.add(asyncio.create_task(ping(host)))
    answers = await asyncio.gather(*running)
    return {"up": sum(1 for a in answers if a)}
