import base64
import re

import wmill


def main(pdf: str, meta: dict, retention_years: int = 7):
    slug = re.sub(r"[^a-z0-9]+", "-", meta["counterparty"].lower()).strip("-")
    key = f"contracts/{meta['completed'][:4]}/{slug}/{meta['completed'][:10]}.pdf"
    wmill.write_s3_file({"s3": key}, base64.b64decode(pdf))
    return {**meta, "key": key, "retention_years": retention_years}
