# SDK: wmill 1.850.0 client.py: the body replays from the top; `Manifest(path).stem` and `with_suffix` only compute a path string, no file is touched; reading happens in the task.
import json
from pathlib import Path

from wmill import task, workflow


class Manifest(Path):
    def entries(self) -> list:
        return json.loads(self.read_text())


@task()
async def load(path: str) -> list:
    return Manifest(path).entries()


@workflow
async def main(path: str = "/data/manifest.json"):
    name = Manifest(path).stem
    lock = str(Manifest(path).with_suffix(".lock"))
    entries = await load(path)
    return {"name": name, "lock": lock, "count": len(entries)}
