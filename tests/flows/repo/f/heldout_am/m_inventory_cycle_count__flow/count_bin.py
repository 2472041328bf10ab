import requests
import wmill


def main(sku: str, bin: str, expected_qty: int):
    scanners = wmill.get_resource("f/heldout_am/scanner_hub")
    resp = requests.post(
        f"{scanners['url']}/count-requests",
        json={"sku": sku, "bin": bin, "expected": expected_qty},
        timeout=15,
    )
    resp.raise_for_status()
    return {"sku": sku, "task_id": resp.json()["task_id"]}
