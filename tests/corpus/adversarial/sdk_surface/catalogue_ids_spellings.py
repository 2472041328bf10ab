# SDK: wmill 1.850.0 client.py: the body replays from the top in a new process; a fresh message id, an unseeded generator and `SystemRandom` differ each round, and each reaches a task; `tempfile.mktemp` also checks the file system for a free random name.
import email.utils
import random
import tempfile

import numpy as np
from wmill import task, workflow


@task()
async def send(message_id: str, sample: list, scratch: str) -> str:
    return message_id


@workflow
async def main(users: list[str]):
    msg_id = email.utils.make_msgid(domain="example.com")  # expect: WAC102
    rng = np.random.default_rng()  # expect: WAC102
    picks = rng.choice(users, size=2).tolist()
    scratch = tempfile.mktemp(suffix=".csv")  # expect: WAC101
    order = random.SystemRandom().sample(users, k=len(users))  # expect: WAC102
    return await send(msg_id, picks + order, scratch)
