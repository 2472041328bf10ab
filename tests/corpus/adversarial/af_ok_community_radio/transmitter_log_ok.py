# SDK: wmill 1.850.0 a plain script using the SDK's Windmill client class directly and its own helper called `workflow` (a list of checks to run), time.sleep from the stdlib between readings; no WAC names imported
import time
from datetime import datetime, timezone

import requests
from wmill import Windmill

client = Windmill()


def workflow(readings: list[dict]) -> list[str]:
    """The engineer's checklist, in order; returns the failed checks."""
    failed = []
    if any(r["reflected_w"] > 0.1 * r["forward_w"] for r in readings):
        failed.append("VSWR")
    if any(abs(r["freq_dev_hz"]) > 2000 for r in readings):
        failed.append("frequency")
    if min(r["modulation_pct"] for r in readings) < 10:
        failed.append("dead air")
    return failed


def main(site: str = "hilltop", samples: int = 5, interval_s: float = 2.0):
    remote = client.get_resource(f"f/radio/tx_{site}")
    readings = []
    for _ in range(samples):
        r = requests.get(f"{remote['url']}/status", auth=(remote["user"], remote["password"]), timeout=5)
        r.raise_for_status()
        readings.append(r.json())
        time.sleep(interval_s)

    failed = workflow(readings)
    entry = {
        "site": site,
        "at": datetime.now(timezone.utc).isoformat(),
        "forward_w": round(sum(r["forward_w"] for r in readings) / len(readings), 1),
        "failed": failed,
    }
    log = client.get_state() or []
    client.set_state((log + [entry])[-500:])
    return entry
