from wmill import step, workflow

from f.common.mail_tasks import notify_all


@workflow
async def main(team: list[str]):
    return await step("notify", lambda: notify_all(team))  # expect: WAC304
