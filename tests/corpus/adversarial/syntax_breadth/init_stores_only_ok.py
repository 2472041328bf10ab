# SDK: wmill 1.850.0 client.py: an `__init__` that only stores its arguments (the connection is made inside a task) is the same on every replay.
import smtplib

from wmill import task, workflow


class MailSettings:
    def __init__(self, host: str, user: str, port: int = 465) -> None:
        self.host = host
        self.user = user
        self.port = port

    def as_dict(self) -> dict:
        return {"host": self.host, "user": self.user, "port": self.port}


@task()
async def send_digest(settings: dict, password: str, body: str) -> bool:
    with smtplib.SMTP_SSL(settings["host"], settings["port"]) as smtp:
        smtp.login(settings["user"], password)
    return True


@workflow
async def main(team: str, smtp_host: str, smtp_user: str, smtp_password: str):
    settings = MailSettings(smtp_host, smtp_user)
    sent = await send_digest(settings.as_dict(), smtp_password, f"digest for {team}")
    return {"sent": sent}
