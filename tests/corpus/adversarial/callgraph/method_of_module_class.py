# SDK: wmill 1.850.0 client.py: a method of the script's own class called from the @workflow body runs in the body (no checkpoint).
import smtplib

from wmill import task, workflow


class Notifier:
    def __init__(self, sender: str):
        self.sender = sender

    def subject(self, run: dict) -> str:
        return f"[{run['status']}] nightly import {run['day']}"

    def send(self, to: str, run: dict) -> None:
        with smtplib.SMTP("smtp.example.com") as smtp:
            smtp.sendmail(self.sender, [to], self.subject(run))


@task(timeout=7200)
async def nightly_import(day: str) -> dict:
    return {"day": day, "status": "ok", "rows": 10_000}


@workflow
async def main(day: str, owner: str):
    run = await nightly_import(day)
    notifier = Notifier("etl@example.com")
    title = notifier.subject(run)
    notifier.send(owner, run)  # expect: WAC101
    return {"title": title, **run}
