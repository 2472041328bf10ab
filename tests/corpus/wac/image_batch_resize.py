# Resize every uploaded image into thumbnails, at most four at a time.
from wmill import task, workflow, parallel
import wmill


@task(timeout=120, tag="media")
async def resize_image(key: str) -> dict:
    from io import BytesIO
    from PIL import Image

    raw = wmill.load_s3_file(key)
    img = Image.open(BytesIO(raw))
    img.thumbnail((320, 320))
    out = BytesIO()
    img.save(out, format="PNG")
    thumb_key = key.rsplit(".", 1)[0] + "_thumb.png"
    wmill.write_s3_file(thumb_key, out.getvalue())
    return {"source": key, "thumbnail": thumb_key}


@task()
async def list_uploads(bucket_resource: str, prefix: str) -> list:
    import boto3

    bucket = wmill.get_resource(bucket_resource)
    s3 = boto3.client("s3", **wmill.boto3_connection_settings())
    page = s3.list_objects_v2(Bucket=bucket["bucket"], Prefix=prefix)
    return [o["Key"] for o in page.get("Contents", []) if o["Key"].lower().endswith((".jpg", ".jpeg", ".png"))]


@workflow
async def main(bucket_resource: str, prefix: str = "uploads/"):
    keys = await list_uploads(bucket_resource, prefix)
    thumbs = await parallel(keys, resize_image, concurrency=4)
    return {"count": len(thumbs), "thumbnails": thumbs}
