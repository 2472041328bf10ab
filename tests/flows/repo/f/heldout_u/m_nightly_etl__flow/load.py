import json

import wmill


def main(table: str, s3_key: str):
    data = json.loads(wmill.load_s3_file(wmill.S3Object(s3=s3_key)))
    wh = wmill.get_resource("f/warehouse/loader_api")
    __import__("requests").post(f"{wh['base_url']}/copy/{table}", json=data, timeout=600).raise_for_status()
    return {"table": table, "rows": len(data)}
