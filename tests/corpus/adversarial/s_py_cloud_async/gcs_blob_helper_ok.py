# SDK: wmill 1.850.0 task arguments go to _next_step(name, script, func, ...) as keywords (so no parameter is called `name`); a module-level client that only tasks use does no request at load (storage.Client builds the client); helpers called from tasks run once, in the child job
import json

from google.cloud import storage
from wmill import task, workflow

gcs = storage.Client(project="acme-media")


def publish_index(bucket: str, prefix: str, entries: list[dict]) -> str:
    blob = gcs.bucket(bucket).blob(f"{prefix}/index.json")
    blob.upload_from_string(json.dumps(entries), content_type="application/json")
    return f"gs://{bucket}/{prefix}/index.json"


def index_uri(bucket: str, prefix: str) -> str:
    return f"gs://{bucket}/{prefix}/index.json"


@task(timeout=900)
async def thumbnail(bucket: str, object_name: str) -> dict:
    from io import BytesIO

    from PIL import Image

    src = gcs.bucket(bucket).blob(object_name)
    img = Image.open(BytesIO(src.download_as_bytes()))
    img.thumbnail((320, 320))
    out = BytesIO()
    img.save(out, format="WEBP")
    thumb_name = f"thumbs/{object_name.rsplit('.', 1)[0]}.webp"
    gcs.bucket(bucket).blob(thumb_name).upload_from_string(out.getvalue(), content_type="image/webp")
    return {"source": object_name, "thumb": thumb_name, "size": [img.width, img.height]}


@task()
async def write_index(bucket: str, prefix: str, entries: list[dict]) -> str:
    return publish_index(bucket, prefix, entries)


@workflow
async def main(bucket: str, names: list[str], prefix: str = "thumbs"):
    entries = [await thumbnail(bucket, n) for n in names]
    print("writing", index_uri(bucket, prefix))
    uri = await write_index(bucket, prefix, entries)
    return {"thumbnails": len(entries), "index": uri}
