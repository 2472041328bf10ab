from wmill import workflow

from f.common.mail_tasks import send_email


@workflow
async def main(user: str):
    send_email(to=user, subject="welcome")  # expect: WAC106
    return await send_email(to=user, title="welcome")  # expect: WAC402
