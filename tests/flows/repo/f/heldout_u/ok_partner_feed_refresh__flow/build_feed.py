import json

import requests

import wmill


def main(partner_code: str):
    api = wmill.get_resource("f/partners/catalog_api")
    products = requests.get(f"{api['base_url']}/partners/{partner_code}/products", timeout=60).json()
    base = {"partner": partner_code, "format": "jsonl"}
    key = f"feeds/{partner_code}.jsonl"
    wmill.write_s3_file(wmill.S3Object(s3=key), "\n".join(json.dumps(p) for p in products).encode())
    return {**base, "key": key, "items": len(products)}
