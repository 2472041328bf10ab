# Every workflow mistake wac-lint knows, in one Python script.
import asyncio
import os
from datetime import datetime

import requests
from wmill import sleep, step, workflow
from wmill import task as t


@t()
async def fetch_report(day: str) -> dict:
    return requests.get(f"https://reports.example.com/{day}").json()


def notify(text: str) -> None:
    requests.post(os.environ["SLACK_WEBHOOK"], json={"text": text})


@workflow
async def main(days: list[str]):
    started = datetime.now()
    for day in days:
        await step(f"report_{day}", lambda: day)
    try:
        reports = [await fetch_report(day) for day in days]
    except:
        reports = []
    sleep(60)
    notify(f"{len(reports)} reports since {started}")
    return reports


if __name__ == "__main__":
    asyncio.run(main(["2026-01-01"]))
