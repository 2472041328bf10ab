# SDK: wmill 1.850.0 client.py _run_inline_step round-trips fn's value through json.dumps(default=str): a plain Enum member comes back as the string "Channel.EMAIL", never equal to Channel.EMAIL.
import random
from enum import Enum

from wmill import step, task, workflow


class Channel(Enum):
    EMAIL = 1
    SMS = 2


@task()
async def notify(user_id: str, channel: int) -> bool:
    return True


@workflow
async def main(user_id: str):
    channel = await step("ab_channel", lambda: random.choice([Channel.EMAIL, Channel.SMS]))  # expect: WAC107
    if channel == Channel.EMAIL:  # expect: WAC107
        return await notify(user_id, 1)
    return await notify(user_id, 2)
