# SDK: wmill 1.850.0 a task result is json.dumps(..., default=str)'d: a Decimal comes back as the string "4.7", so "%.1f" % summary["mean_c"] raises TypeError in the body
import logging
from decimal import Decimal
from statistics import median

import httpx
from wmill import step, task, workflow

log = logging.getLogger("coldchain.summary")

LOGGER_API = "https://loggers.coldchain.example/v1"
TENTH = Decimal("0.1")


def _as_celsius(raw: list[str]) -> list[Decimal]:
    return [Decimal(v) for v in raw if v not in ("", "NaN")]


def _mean_c(values: list[Decimal]) -> Decimal:
    return sum(values, Decimal(0)) / max(len(values), 1)


@task(timeout=600)
async def summarise_logger(logger_id: str) -> dict:
    r = httpx.get(f"{LOGGER_API}/loggers/{logger_id}/export", params={"format": "json"})
    r.raise_for_status()
    temps = _as_celsius(r.json()["temps"])
    return {
        "logger": logger_id,
        "count": len(temps),
        "mean_c": _mean_c(temps).quantize(TENTH),  # expect: WAC107
        "median_c": float(median(temps)) if temps else None,
    }


@task()
async def attach_report(shipment_id: str, lines: list[str]) -> str:
    r = httpx.post(f"{LOGGER_API}/shipments/{shipment_id}/report", json={"lines": lines})
    r.raise_for_status()
    return r.json()["report_url"]


@workflow
async def main(shipment_id: str, logger_ids: list[str]):
    lines: list[str] = []
    for logger_id in logger_ids:
        summary = await summarise_logger(logger_id=logger_id)
        if not summary["count"]:
            lines.append(f"{logger_id}: no data")
            continue
        lines.append("%s: mean %.1f C over %d readings" % (logger_id, summary["mean_c"], summary["count"]))
    header = await step("header", lambda: f"Cold-chain report for {shipment_id}")
    url = await attach_report(shipment_id=shipment_id, lines=[header, *lines])
    log.info("report for %s at %s", shipment_id, url)
    return {"shipment": shipment_id, "report": url}
