# SDK: wmill 1.850.0 client.py: the body re-runs on replay; `LogNotifier().notify_all(...)` runs the base method, whose `self.send` is `LogNotifier.send` (a print), not the e-mail subclass's SMTP send.
import smtplib
from abc import ABC, abstractmethod

from wmill import task, workflow


class Notifier(ABC):
    @abstractmethod
    def send(self, line: str) -> None: ...

    def notify_all(self, lines: list[str]) -> int:
        for line in lines:
            self.send(line)
        return len(lines)


class EmailNotifier(Notifier):
    def send(self, line: str) -> None:
        with smtplib.SMTP("smtp.example.com") as smtp:
            smtp.sendmail("ops@example.com", ["team@example.com"], line)


class LogNotifier(Notifier):
    def send(self, line: str) -> None:
        print(line)


@task()
async def summarize(run_id: str) -> list[str]:
    return [f"run {run_id} done"]


@task()
async def email_summary(lines: list[str]) -> int:
    return EmailNotifier().notify_all(lines)


@workflow
async def main(run_id: str):
    lines = await summarize(run_id)
    LogNotifier().notify_all(lines)
    return await email_summary(lines)
