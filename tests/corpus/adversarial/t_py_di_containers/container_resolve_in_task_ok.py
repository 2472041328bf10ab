# SDK: a task body runs once in its own child job and is never replayed, so the container-resolved mailer is used there
import smtplib
from email.message import EmailMessage
from typing import Any, Callable, Protocol

from wmill import task, workflow


class Mailer(Protocol):
    def send(self, to: str, subject: str, body: str) -> None: ...


class SmtpMailer:
    def __init__(self, host: str) -> None:
        self.host = host

    def send(self, to: str, subject: str, body: str) -> None:
        msg = EmailMessage()
        msg["To"], msg["Subject"] = to, subject
        msg.set_content(body)
        with smtplib.SMTP(self.host) as smtp:
            smtp.send_message(msg)


class Container:
    def __init__(self) -> None:
        self._factories: dict[type, Callable[[], Any]] = {}

    def register(self, iface: type, factory: Callable[[], Any]) -> None:
        self._factories[iface] = factory

    def resolve(self, iface: type) -> Any:
        return self._factories[iface]()


container = Container()
container.register(Mailer, lambda: SmtpMailer("smtp.internal"))


@task()
async def provision_workspace(customer: str, plan: str) -> dict:
    return {"customer": customer, "plan": plan, "url": f"https://{customer}.app.example.com"}


@task()
async def send_welcome(to: str, url: str) -> None:
    mailer: Mailer = container.resolve(Mailer)
    mailer.send(to, "Your workspace is ready", f"Sign in at {url}")


@workflow
async def main(customer: str, admin_email: str, plan: str = "team"):
    ws = await provision_workspace(customer=customer, plan=plan)
    await send_welcome(to=admin_email, url=ws["url"])
    return ws
