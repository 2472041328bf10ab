# SDK: wmill 1.850.0 client.py: the body replays from the top; `Manifest` subclasses `pathlib.Path`, so `read_text()` reads the file again on every replay (and sees whatever it holds by then).
import json
from pathlib import Path

from wmill import task, workflow


class Manifest(Path):
    def entries(self) -> list:
        return json.loads(self.read_text())


@task()
async def load(entry: dict) -> str:
    return entry["name"]


@workflow
async def main(path: str = "/data/manifest.json"):
    entries = Manifest(path).entries()  # expect: WAC101
    return [await load(e) for e in entries]
