import subprocess
import tempfile

import boto3


def main(key: str):
    s3 = boto3.client("s3")
    with tempfile.TemporaryDirectory() as tmp:
        src = f"{tmp}/src.mp4"
        s3.download_file("acme-videos", key, src)
        subprocess.run(
            ["ffmpeg", "-i", src, "-c:v", "h264_nvenc", "-hls_time", "6", f"{tmp}/index.m3u8"],
            check=True,
        )
        prefix = key.rsplit(".", 1)[0]
        for name in ("index.m3u8",):
            s3.upload_file(f"{tmp}/{name}", "acme-videos-hls", f"{prefix}/{name}")
    return {"playlist": f"{prefix}/index.m3u8"}
