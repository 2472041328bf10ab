# SDK: wmill 1.850.0 client.py: the body re-runs on every replay; building this class runs its `__init__`, which opens an SMTP connection and logs in each round.
import smtplib

from wmill import task, workflow


class Mailer:
    def __init__(self, host: str, user: str, password: str) -> None:
        self.smtp = smtplib.SMTP_SSL(host)
        self.smtp.login(user, password)

    def close(self) -> None:
        self.smtp.quit()


@task()
async def build_digest(team: str) -> str:
    return "digest"


@workflow
async def main(team: str, smtp_host: str, smtp_user: str, smtp_password: str):
    digest = await build_digest(team)
    mailer = Mailer(smtp_host, smtp_user, smtp_password)  # expect: WAC101
    return {"team": team, "digest": digest, "mailer": type(mailer).__name__}
