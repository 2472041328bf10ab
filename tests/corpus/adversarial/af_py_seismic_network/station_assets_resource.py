# SDK: wmill 1.850.0 workflow(): the body replays from the top after every task; the Dagster resource's get() issues an HTTP request each time the body reaches it
"""Ported from our Dagster code location: each asset became a helper, the
FDSN resource became a small class, and the asset graph became main()."""

import logging
from dataclasses import dataclass

import httpx
from wmill import task, workflow

log = logging.getLogger("seismic.assets")


@dataclass
class FdsnResource:
    base_url: str
    timeout_s: float = 20.0

    def get(self, path: str, **params) -> dict:
        r = httpx.get(f"{self.base_url}{path}", params=params, timeout=self.timeout_s)
        r.raise_for_status()
        return r.json()


FDSN = FdsnResource("https://fdsn.seismo.example/fdsnws")


def station_inventory(res: FdsnResource, network: str) -> list[dict]:
    """was @asset(station_inventory)"""
    doc = res.get("/station/1/query", network=network, level="station", format="json")
    return [s for s in doc["stations"] if s["status"] == "open"]


@task()
async def waveform_window(network: str, station: str, start: str, end: str) -> dict:
    body = FDSN.get("/dataselect/1/query", net=network, sta=station, starttime=start, endtime=end)
    return {"station": station, "samples": len(body.get("data", [])), "gaps": body.get("gaps", 0)}


@task()
async def publish_quality(network: str, rows: list[dict]) -> str:
    r = httpx.post("https://qc.seismo.example/api/reports", json={"network": network, "rows": rows})
    r.raise_for_status()
    return r.json()["report_id"]


@workflow
async def main(network: str, start: str, end: str, min_samples: int = 1000):
    stations = station_inventory(FDSN, network)  # expect: WAC101
    log.info("%d open stations in %s", len(stations), network)
    rows = []
    for s in stations:
        w = await waveform_window(network, s["code"], start, end)
        w["ok"] = w["samples"] >= min_samples and w["gaps"] == 0
        rows.append(w)
    report = await publish_quality(network, rows)
    return {"report": report, "bad": [r["station"] for r in rows if not r["ok"]]}
