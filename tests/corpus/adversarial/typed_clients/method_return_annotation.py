# SDK: wmill 1.850.0 client.py: the body re-runs on every replay; `Vault.kv()` is annotated `-> hvac.Client` and hands back a cached client, whose secret read is a request each round.
import hvac
from wmill import task, workflow

_CLIENTS: dict = {}


class Vault:
    def __init__(self, url: str) -> None:
        self.url = url

    def kv(self) -> hvac.Client:
        return _CLIENTS.setdefault(self.url, hvac.Client(url=self.url))


@task()
async def rotate(user: str, password: str) -> bool:
    return True


@workflow
async def main(url: str, user: str):
    secret = Vault(url).kv().secrets.kv.v2.read_secret_version(path=f"db/{user}")  # expect: WAC101
    return await rotate(user, secret["data"]["data"]["password"])
