from wmill import workflow

from f.common import mail_tasks
from f.common.mail_tasks import notify_all, send_email


@workflow
async def main(user: str, team: list[str]):
    first = await send_email(to=user, subject="welcome")
    second = await mail_tasks.send_email(user, "second")
    rest = await notify_all(team)
    return [first, second, *rest]
