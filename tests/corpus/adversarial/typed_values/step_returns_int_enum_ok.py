# SDK: wmill 1.850.0 client.py: an IntEnum member is an int, so JSON keeps its number, and an int compares equal to the member in the body.
import random
from enum import IntEnum

from wmill import step, task, workflow


class Channel(IntEnum):
    EMAIL = 1
    SMS = 2


@task()
async def notify(user_id: str, channel: int) -> bool:
    return True


@workflow
async def main(user_id: str):
    channel = await step("ab_channel", lambda: random.choice([Channel.EMAIL, Channel.SMS]))
    if channel == Channel.EMAIL:
        return await notify(user_id, 1)
    return await notify(user_id, 2)
