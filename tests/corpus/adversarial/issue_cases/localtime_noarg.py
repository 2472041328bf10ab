# SDK: wmill 1.850.0 client.py workflow(): "branching on external state (current time ...) must use step()"; time.localtime() reads the clock.
import time

from wmill import task, workflow


@task()
async def run_report(kind: str) -> str:
    return f"{kind} report"


@workflow
async def main():
    now = time.localtime()  # expect: WAC102
    kind = "weekly" if now.tm_wday == 0 else "daily"
    return await run_report(kind)
