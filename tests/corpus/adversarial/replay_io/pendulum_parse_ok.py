# SDK: wmill 1.850.0 client.py: pendulum.parse of an input and date arithmetic on it read no clock.
import pendulum

from wmill import task, workflow


@task()
async def report(start: str, end: str) -> str:
    return f"{start}..{end}"


@workflow
async def main(since: str):
    start = pendulum.parse(since)
    end = start.add(days=7)
    return await report(start.to_iso8601_string(), end.to_iso8601_string())
