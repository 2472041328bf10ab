# SDK: wmill 1.850.0 workflow(): tasks run once in their own job; FdsnResource() is only built in the body, its get() runs inside tasks
"""Dagster port, second pass: every asset that touches the network is a task."""

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


@task()
async def station_inventory(network: str) -> list[dict]:
    doc = FDSN.get("/station/1/query", network=network, level="station", format="json")
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


def grade(w: dict, min_samples: int) -> dict:
    return {**w, "ok": w["samples"] >= min_samples and w["gaps"] == 0}


@workflow
async def main(network: str, start: str, end: str, min_samples: int = 1000):
    stations = await station_inventory(network)
    log.info("%d open stations in %s", len(stations), network)
    rows = [grade(await waveform_window(network, s["code"], start, end), min_samples) for s in stations]
    report = await publish_quality(network, rows)
    return {"report": report, "bad": [r["station"] for r in rows if not r["ok"]]}
