# SDK: plain script; hashing, file writes and random names are fine without WAC
import base64
import hashlib
import secrets
from datetime import datetime, timezone

import wmill
from minio import Minio


def client_from(resource: dict) -> Minio:
    return Minio(resource["endPoint"], access_key=resource["accessKey"], secret_key=resource["secretKey"], secure=True)


def main(client_id: str, pdf_base64: str, artist: str, bucket: str = "consent-forms"):
    data = base64.b64decode(pdf_base64)
    digest = hashlib.sha256(data).hexdigest()
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    key = f"{client_id}/{stamp}-{secrets.token_hex(4)}.pdf"
    minio = client_from(wmill.get_resource("f/tattoo/minio"))
    import io

    minio.put_object(bucket, key, io.BytesIO(data), length=len(data), content_type="application/pdf",
                     metadata={"sha256": digest, "artist": artist})
    state = wmill.get_state() or {}
    state[client_id] = {"key": key, "sha256": digest}
    wmill.set_state(state)
    return {"key": key, "sha256": digest, "bytes": len(data)}
