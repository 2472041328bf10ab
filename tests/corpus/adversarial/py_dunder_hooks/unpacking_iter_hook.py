# SDK: wmill 1.850.0 client.py: the body reruns in every round; unpacking `a, b = obj` calls the class's __iter__, which here reads two secrets from Vault over HTTP in the body.
import hvac
from wmill import task, workflow


class DbCredentials:
    def __init__(self, vault_url: str, path: str) -> None:
        self.vault_url = vault_url
        self.path = path

    def __iter__(self):
        client = hvac.Client(url=self.vault_url)
        data = client.secrets.kv.v2.read_secret_version(path=self.path)["data"]["data"]
        yield data["username"]
        yield data["password"]


@task()
async def rotate(user: str, password: str) -> bool:
    return True


@workflow
async def main(vault_url: str, path: str):
    user, password = DbCredentials(vault_url, path)  # expect: WAC101
    return await rotate(user, password)
