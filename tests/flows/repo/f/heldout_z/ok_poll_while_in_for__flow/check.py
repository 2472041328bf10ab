import requests


def main(export_id: str, attempt: int = 0):
    if attempt > 120:
        raise TimeoutError(f"export {export_id} still running after {attempt} polls")
    r = requests.get(f"https://warehouse.internal/api/exports/{export_id}", timeout=30)
    r.raise_for_status()
    return {"state": r.json()["state"], "attempt": attempt}
