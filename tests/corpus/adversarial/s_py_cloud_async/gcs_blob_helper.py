# SDK: wmill 1.850.0 a plain helper the body calls runs in every round; google-cloud-storage's Blob.upload_from_string is an HTTP upload
import json

from google.cloud import storage
from wmill import task, workflow

gcs = storage.Client(project="acme-media")


def publish_index(bucket: str, prefix: str, entries: list[dict]) -> str:
    blob = gcs.bucket(bucket).blob(f"{prefix}/index.json")
    blob.upload_from_string(json.dumps(entries), content_type="application/json")
    return f"gs://{bucket}/{prefix}/index.json"


@task(timeout=900)
async def thumbnail(bucket: str, name: str) -> dict:  # expect: WAC301
    from io import BytesIO

    from PIL import Image

    src = gcs.bucket(bucket).blob(name)
    img = Image.open(BytesIO(src.download_as_bytes()))
    img.thumbnail((320, 320))
    out = BytesIO()
    img.save(out, format="WEBP")
    thumb_name = f"thumbs/{name.rsplit('.', 1)[0]}.webp"
    gcs.bucket(bucket).blob(thumb_name).upload_from_string(out.getvalue(), content_type="image/webp")
    return {"source": name, "thumb": thumb_name, "size": [img.width, img.height]}


@workflow
async def main(bucket: str, names: list[str], prefix: str = "thumbs"):
    entries = [await thumbnail(bucket, n) for n in names]
    index_uri = publish_index(bucket, prefix, entries)  # expect: WAC101
    return {"thumbnails": len(entries), "index": index_uri}
