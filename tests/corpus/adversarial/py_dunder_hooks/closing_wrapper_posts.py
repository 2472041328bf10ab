# SDK: wmill 1.850.0 client.py: the body reruns in every round; `with contextlib.closing(session):` calls session.close() when the block ends, and this close() posts the session's summary to an API from the body.
import contextlib

import requests
from wmill import task, workflow


class UploadSession:
    def __init__(self, api: str, batch: str) -> None:
        self.api = api
        self.batch = batch
        self.parts: list[str] = []

    def add(self, part: str) -> None:
        self.parts.append(part)

    def close(self) -> None:
        requests.post(f"{self.api}/batches/{self.batch}/complete", json={"parts": self.parts}, timeout=10)


@task()
async def upload_part(batch: str, filename: str) -> str:
    return f"{batch}/{filename}"


@workflow
async def main(api: str, batch: str, files: list[str]):
    with contextlib.closing(UploadSession(api, batch)) as session:  # expect: WAC101
        for name in files:
            session.add(await upload_part(batch, name))
    return {"batch": batch, "parts": len(files)}
