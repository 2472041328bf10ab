from wmill import workflow

from f.common import mail_tasks


@workflow
async def main(user: str):
    try:
        return await mail_tasks.send_email(to=user, subject="welcome")
    except BaseException as exc:  # expect: WAC201
        print(f"mail failed: {exc!r}")
        return None
