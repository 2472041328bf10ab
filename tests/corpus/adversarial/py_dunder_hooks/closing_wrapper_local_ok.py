# SDK: wmill 1.850.0 client.py: the body reruns in every round; this close() only seals an in-memory manifest, and the completion is posted by a task with the checkpointed part names.
import contextlib

from wmill import task, workflow


class Manifest:
    def __init__(self, batch: str) -> None:
        self.batch = batch
        self.parts: list[str] = []
        self.sealed = False

    def add(self, part: str) -> None:
        self.parts.append(part)

    def close(self) -> None:
        self.sealed = True


@task()
async def upload_part(batch: str, filename: str) -> str:
    return f"{batch}/{filename}"


@task()
async def complete(api: str, batch: str, parts: list) -> bool:
    return True


@workflow
async def main(api: str, batch: str, files: list[str]):
    with contextlib.closing(Manifest(batch)) as manifest:
        for name in files:
            manifest.add(await upload_part(batch, name))
    return await complete(api, batch, manifest.parts)
