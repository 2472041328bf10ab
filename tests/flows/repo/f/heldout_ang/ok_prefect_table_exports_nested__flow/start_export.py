import requests
import wmill


def main(table: str, bucket: str, partition: str | None = None):
    api = wmill.get_resource("f/heldout_ang/warehouse_api")
    resp = requests.post(
        f"{api['url']}/exports",
        json={"table": table, "partition": partition, "target": f"s3://{bucket}/{table}/"},
        headers={"Authorization": f"Bearer {api['token']}"},
        timeout=30,
    )
    resp.raise_for_status()
    return {"job_id": resp.json()["id"], "table": table}
