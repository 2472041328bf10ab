from wmill import task, workflow

from f.common.fmt import money
from f.common.mail_tasks import send_email


@task()
async def settle(user: str, cents: int) -> str:
    label = money(cents)
    await send_email(to=user, subject=f"settled {label}")  # expect: WAC304
    return label


@workflow
async def main(user: str, cents: int):
    return await settle(user=user, cents=cents)
