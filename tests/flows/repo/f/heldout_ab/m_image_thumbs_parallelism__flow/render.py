import io

import boto3
from PIL import Image


def main(obj: dict):
    s3 = boto3.client("s3")
    body = s3.get_object(Bucket=obj["bucket"], Key=obj["key"])["Body"].read()
    img = Image.open(io.BytesIO(body))
    img.thumbnail((320, 320))
    out = io.BytesIO()
    img.save(out, format="WEBP")
    thumb_key = obj["key"].replace("originals/", "thumbs/", 1) + ".webp"
    s3.put_object(Bucket=obj["bucket"], Key=thumb_key, Body=out.getvalue())
    return {"thumb": thumb_key}
