import requests


def main(dataset: str):
    r = requests.post("https://warehouse.internal/api/exports", json={"dataset": dataset}, timeout=30)
    r.raise_for_status()
    return {"export_id": r.json()["id"], "dataset": dataset}
