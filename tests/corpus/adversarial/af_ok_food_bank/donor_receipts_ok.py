# SDK: wmill 1.850.0 get_variable / get_resource / set_state are plain API calls in a plain script (no @workflow anywhere): a Hub-style integration that reads the clock, retries HTTP under `except Exception` and keeps a cursor in state
import time
from datetime import datetime, timezone

import requests
import wmill

RECEIPT_API = "https://receipts.foodbank.example/api"
MAX_ATTEMPTS = 4


def _headers() -> dict:
    token = wmill.get_variable("f/food_bank/receipt_api_token")
    return {"Authorization": f"Bearer {token}", "Accept": "application/json"}


def post_with_retry(url: str, payload: dict) -> dict:
    last_error: Exception | None = None
    for attempt in range(MAX_ATTEMPTS):
        try:
            resp = requests.post(url, json=payload, headers=_headers(), timeout=20)
            resp.raise_for_status()
            return resp.json()
        except Exception as exc:  # network hiccups: back off and try again
            last_error = exc
            time.sleep(2**attempt)
    raise RuntimeError(f"receipt API unreachable after {MAX_ATTEMPTS} attempts") from last_error


def main(since: str = "", dry_run: bool = False):
    crm = wmill.get_resource("f/food_bank/donor_crm")
    cursor = since or (wmill.get_state() or {}).get("cursor", "1970-01-01T00:00:00Z")
    resp = requests.get(
        f"{crm['base_url']}/donations",
        params={"updated_after": cursor, "status": "cleared"},
        headers={"X-Api-Key": crm["api_key"]},
        timeout=30,
    )
    resp.raise_for_status()
    donations = resp.json()["items"]

    issued = []
    for donation in donations:
        if donation["amount_cents"] < 500:
            continue  # under the receipting threshold
        body = {
            "donor_id": donation["donor_id"],
            "amount_cents": donation["amount_cents"],
            "received_on": donation["received_on"],
            "issued_at": datetime.now(timezone.utc).isoformat(),
        }
        if dry_run:
            issued.append({"donor_id": donation["donor_id"], "dry_run": True})
            continue
        issued.append(post_with_retry(f"{RECEIPT_API}/receipts", body))

    if donations and not dry_run:
        wmill.set_state({"cursor": max(d["updated_at"] for d in donations)})
    return {"checked": len(donations), "issued": len(issued), "receipts": issued}
