import io

import wmill
from PIL import Image


def main(key: str, width: int):
    raw = wmill.load_s3_file(key)
    img = Image.open(io.BytesIO(raw))
    ratio = width / img.width
    out = img.resize((width, int(img.height * ratio)))
    buf = io.BytesIO()
    out.save(buf, format="WEBP")
    target = key.rsplit(".", 1)[0] + f"_{width}.webp"
    wmill.write_s3_file(target, buf.getvalue())
    return {"width": width, "key": target}
