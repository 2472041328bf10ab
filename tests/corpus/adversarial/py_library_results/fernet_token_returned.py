# SDK: wmill 1.850.0 client.py: Fernet.encrypt returns bytes, which json.dumps(default=str) writes as "b'gAAAA...'", so the next task stores the repr, not the token.
from cryptography.fernet import Fernet
from wmill import task, workflow


@task()
async def seal(secret: str, key: str):
    return Fernet(key.encode()).encrypt(secret.encode())  # expect: WAC107


@task()
async def store(token: str, label: str) -> str:
    return f"stored {label} ({len(token)})"


@workflow
async def main(secret: str, key: str, name: str):
    token = await seal(secret, key)
    return await store(token, name)
