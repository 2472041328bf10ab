# SDK: wmill 1.850.0 client.py: the body re-runs on every replay; `mimetypes.guess_type` of a name, a SHA-256 of the sorted JSON of the inputs and `base64` work the same in every round.
import base64
import hashlib
import json
import mimetypes

from wmill import task, workflow


@task()
async def store(key: str, content_type: str, body: str) -> str:
    return key


@workflow
async def main(filename: str, payload: dict):
    content_type = mimetypes.guess_type(filename)[0] or "application/octet-stream"
    digest = hashlib.sha256(json.dumps(payload, sort_keys=True).encode()).hexdigest()
    body = base64.b64encode(json.dumps(payload).encode()).decode()
    return await store(f"{digest[:16]}/{filename}", content_type, body)
