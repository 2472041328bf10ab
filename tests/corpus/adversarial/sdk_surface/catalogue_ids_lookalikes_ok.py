# SDK: wmill 1.850.0 client.py: the body replays from the top; a seeded generator, a name derived from the input and `uuid5` of the input give the same values every round.
import hashlib
import uuid

import numpy as np
from wmill import task, workflow


@task()
async def send(message_id: str, sample: list, scratch: str) -> str:
    return message_id


@workflow
async def main(users: list[str], run: str):
    msg_id = f"<{hashlib.sha256(run.encode()).hexdigest()[:16]}@example.com>"
    rng = np.random.default_rng(seed=int(hashlib.md5(run.encode()).hexdigest(), 16) % 2**32)
    picks = rng.choice(sorted(users), size=2).tolist()
    scratch = f"/tmp/{uuid.uuid5(uuid.NAMESPACE_URL, run).hex}.csv"
    return await send(msg_id, picks, scratch)
