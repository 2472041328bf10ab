# SDK: wmill 1.850.0 the timing box on the finish line has a self-signed certificate: `urllib3.disable_warnings` / `requests.packages.urllib3.disable_warnings` at module level only set a warnings filter of the process; the requests run in tasks; the body raises `requests.HTTPError` (an exception built in memory) with a reason phrase from `http.client.responses` (a dict)
import http.client

import requests
import urllib3
from wmill import task, workflow

urllib3.disable_warnings(urllib3.exceptions.InsecureRequestWarning)
requests.packages.urllib3.disable_warnings()

TIMING_BOX = "https://10.20.0.5:8443"


@task(timeout=120)
async def pull_passings(race_id: str, since: int) -> dict:
    resp = requests.get(f"{TIMING_BOX}/races/{race_id}/passings", params={"since": since}, verify=False, timeout=15)
    return {"status": resp.status_code, "passings": resp.json() if resp.ok else []}


@task()
async def push_results(race_id: str, passings: list[dict]) -> int:
    resp = requests.post(f"https://results.velo-club.example/api/races/{race_id}/passings", json=passings, timeout=30)
    resp.raise_for_status()
    return len(passings)


@workflow
async def main(race_id: str, since: int = 0):
    pulled = await pull_passings(race_id, since)
    if pulled["status"] >= 400:
        reason = http.client.responses.get(pulled["status"], "unknown status")
        raise requests.HTTPError(f"timing box answered {pulled['status']} {reason}")
    passings = sorted(pulled["passings"], key=lambda p: (p["lap"], p["time_ms"]))
    pushed = await push_results(race_id, passings)
    return {"race": race_id, "pushed": pushed, "last": passings[-1]["time_ms"] if passings else since}
