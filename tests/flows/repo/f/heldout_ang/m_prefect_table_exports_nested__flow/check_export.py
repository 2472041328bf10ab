import requests
import wmill


def main(job_id: str, table: str):
    api = wmill.get_resource("f/heldout_ang/warehouse_api")
    resp = requests.get(
        f"{api['url']}/exports/{job_id}",
        headers={"Authorization": f"Bearer {api['token']}"},
        timeout=30,
    )
    resp.raise_for_status()
    state = resp.json()["state"]
    print(f"{table}: {state}")
    return {"done": state in ("done", "failed"), "state": state, "table": table}
