# SDK: wmill 1.850.0 client.py workflow(): uuid.uuid1 and secrets.token_urlsafe in the body give new values on each replay.
import secrets
from uuid import uuid1

from wmill import task, workflow


@task()
async def create_invite(email: str, code: str, ref: str) -> dict:
    return {"email": email}


@workflow
async def main(email: str):
    ref = str(uuid1())  # expect: WAC102
    code = secrets.token_urlsafe(16)  # expect: WAC102
    return await create_invite(email, code, ref)
