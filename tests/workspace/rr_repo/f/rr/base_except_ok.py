from wmill import workflow

from f.common import mail_tasks
from f.common.fmt import money


@workflow
async def main(user: str, cents: int):
    try:
        label = money(cents)
    except BaseException:
        label = "?"
    try:
        return await mail_tasks.send_email(to=user, subject=label)
    except Exception as exc:
        print(f"mail failed: {exc!r}")
        return None
