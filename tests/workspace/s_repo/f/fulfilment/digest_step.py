# SDK: wmill 1.850.0 step(): fn runs inline; a task called inside it is not a step of the workflow
from wmill import step, task, workflow

from f.common.tasks import send_slack


@task()
async def build_digest(day: str) -> str:
    return f"Fulfilment digest for {day}: all green"


@workflow
async def main(day: str, channel: str = "#ops"):
    text = await build_digest(day)
    await step("notify", lambda: send_slack(channel, text))  # expect: WAC304
    return {"text": text}
