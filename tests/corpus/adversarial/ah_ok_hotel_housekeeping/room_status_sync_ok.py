# SDK: wmill 1.850.0 a plain scheduled script, not a workflow: get_resource / get_state / set_state (client.py get_state, set_state) keep the PMS cursor between runs; a broad `except Exception` retries the HTTP call; nothing here is replayed
import time
from typing import TypedDict

import requests
import wmill


class Pms(TypedDict):
    base_url: str
    api_key: str


PAGE_SIZE = 200
DIRTY_CODES = {"VD", "OD"}


def fetch_page(pms: Pms, cursor: str | None) -> dict:
    for attempt in range(4):
        try:
            resp = requests.get(
                f"{pms['base_url']}/rooms/status",
                params={"cursor": cursor or "", "limit": PAGE_SIZE},
                headers={"X-Api-Key": pms["api_key"]},
                timeout=20,
            )
            resp.raise_for_status()
            return resp.json()
        except Exception as exc:  # the PMS drops connections at shift change
            if attempt == 3:
                raise
            print(f"attempt {attempt + 1} failed: {exc}")
            time.sleep(2**attempt)
    raise RuntimeError("unreachable")


def main(pms_path: str = "f/hotel/pms", board_url: str = "https://board.hotel.example", dry_run: bool = False):
    pms: Pms = wmill.get_resource(pms_path)
    state = wmill.get_state() or {}
    cursor = state.get("cursor")
    last_cursor = cursor
    dirty: list[str] = []
    inspected: list[str] = []
    while True:
        page = fetch_page(pms, cursor)
        for room in page["rooms"]:
            if room["status"] in DIRTY_CODES:
                dirty.append(room["number"])
            elif room["status"] == "VC":
                inspected.append(room["number"])
        last_cursor = page.get("cursor", last_cursor)
        cursor = page.get("next_cursor")
        if not cursor:
            break
    if dry_run:
        return {"dirty": sorted(dirty), "inspected": sorted(inspected), "dry_run": True}
    resp = requests.post(f"{board_url}/boards/today", json={"dirty": dirty, "inspected": inspected}, timeout=20)
    resp.raise_for_status()
    wmill.set_state({"cursor": last_cursor, "synced_at": time.time()})
    return {"dirty": len(dirty), "inspected": len(inspected)}
