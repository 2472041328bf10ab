# SDK: wmill 1.850.0 client.py: the Fernet token decoded to ASCII is a str, which survives the task's JSON round trip.
from cryptography.fernet import Fernet
from wmill import task, workflow


@task()
async def seal(secret: str, key: str) -> str:
    return Fernet(key.encode()).encrypt(secret.encode()).decode("ascii")


@task()
async def store(token: str, label: str) -> str:
    return f"stored {label} ({len(token)})"


@workflow
async def main(secret: str, key: str, name: str):
    token = await seal(secret, key)
    return await store(token, name)
