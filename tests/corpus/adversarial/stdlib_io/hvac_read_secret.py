# SDK: wmill 1.850.0 client.py: the body re-runs on every replay; `hvac.Client(...)` only builds a session, and `read_secret_version` asks Vault for the secret each round (it may have rotated between rounds).
import hvac
from wmill import task, workflow


@task()
async def rotate_db_user(username: str, password: str) -> bool:
    return True


@workflow
async def main(vault_url: str, token: str, username: str):
    vault = hvac.Client(url=vault_url, token=token)
    secret = vault.secrets.kv.v2.read_secret_version(path=f"db/{username}")  # expect: WAC101
    return await rotate_db_user(username, secret["data"]["data"]["password"])
