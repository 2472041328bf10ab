# SDK: wmill 1.850.0 client.py: create_task schedules the task coroutine; the asyncio tasks are all gathered, so every result is observed.
import asyncio

from wmill import task, workflow


@task()
async def reserve_seat(flight: str, passenger: str) -> str:
    return f"{flight}:{passenger}"


@workflow
async def main(flight: str, passengers: list[str]):
    jobs = [asyncio.create_task(reserve_seat(flight, p)) for p in passengers]
    seats = await asyncio.gather(*jobs)
    return {"seats": seats}
