# SDK: wmill 1.850.0 client.py workflow(): a method posting through a requests.Session kept on self runs in the body when the body calls it.
import requests

from wmill import task, workflow


class Notifier:
    def __init__(self, hook: str) -> None:
        self.hook = hook
        self.session = requests.Session()

    def send(self, text: str) -> int:
        return self.session.post(self.hook, json={"text": text}).status_code


@task()
async def rebuild_index(index_name: str) -> int:
    return 42


@workflow
async def main(name: str, hook: str):
    docs = await rebuild_index(name)
    Notifier(hook).send(f"{name}: {docs} docs")  # expect: WAC101
    return docs
