# SDK: plain script; tempfile / subprocess / S3 writes are fine outside WAC
import json
import subprocess
import tempfile
from pathlib import Path

import boto3
import wmill
from jinja2 import Environment, BaseLoader

TEMPLATE = """<h1>{{ season }}</h1>{% for c in concerts %}<h2>{{ c.title }}</h2><p>{{ c.date }}</p>{% endfor %}"""


def render_html(season: str, concerts: list[dict]) -> str:
    env = Environment(loader=BaseLoader(), autoescape=True)
    return env.from_string(TEMPLATE).render(season=season, concerts=sorted(concerts, key=lambda c: c["date"]))


def main(season: str, concerts_json: str, bucket: str = "orchestra-public"):
    concerts = json.loads(concerts_json)
    html = render_html(season, concerts)
    s3 = wmill.get_resource("f/orchestra/s3")
    client = boto3.client(
        "s3", aws_access_key_id=s3["accessKeyId"], aws_secret_access_key=s3["secretKey"], region_name=s3["region"]
    )
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "brochure.html"
        out = Path(tmp) / "brochure.pdf"
        src.write_text(html, encoding="utf-8")
        subprocess.run(["wkhtmltopdf", str(src), str(out)], check=True, capture_output=True)
        key = f"brochures/{season}.pdf"
        client.upload_file(str(out), bucket, key)
    return {"key": key, "concerts": len(concerts)}
