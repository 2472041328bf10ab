# SDK: wmill 1.850.0 client.py: `get_variable` is an HTTP GET (`Windmill.get_variable`), so `load_flags()` in the body reads the flags again in every round; the body is replayed from the top, so `random.uniform` jitter handed to `sleep` differs per round (the sleep's seconds are only read when it first suspends, but the value is not reproducible); `sleep`, tasks and `TaskError` handling otherwise follow the guide
"""Annual cabin inspection of a ropeway: pull each cabin's telemetry, run the grip and
door checks, retry flaky sensor reads by hand, ask the chief engineer to sign off,
and publish the report. Written by the lift company's data team; the helpers below
are shared by the tasks and the body."""

import json
import logging
import random
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Annotated, Literal, TypedDict

import httpx
import wmill

from wmill import TaskError, sleep, step, task, wait_for_approval, workflow

logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s %(message)s")
log = logging.getLogger("ropeway.inspection")

TELEMETRY = "https://telemetry.ropeway.example/api"
REPORTS = "https://reports.ropeway.example/api"


class Verdict(StrEnum):
    PASS = "pass"
    WATCH = "watch"
    FAIL = "fail"


class CabinReading(TypedDict):
    cabin: str
    grip_force_kn: float
    door_cycles: int
    sensor_ok: bool


class Postgresql(TypedDict):
    host: str
    port: int
    user: str
    dbname: str
    password: str


@dataclass
class InspectionConfig:
    line: str
    season: Literal["winter", "summer"]
    min_grip_kn: float = 62.0
    max_door_cycles: int = 250_000
    max_attempts: int = 4
    backoff_s: int = 60
    cabins: list[str] = field(default_factory=list)

    @classmethod
    def from_inputs(cls, line: str, season: str, cabins: list[str], strict: bool) -> "InspectionConfig":
        cfg = cls(line=line, season="winter" if season == "winter" else "summer", cabins=sorted(cabins))
        if strict:
            cfg.min_grip_kn += 3.0
        return cfg


def classify(reading: CabinReading, cfg: InspectionConfig) -> Verdict:
    """Used by the body and by the `grip_check` task alike."""
    if not reading["sensor_ok"]:
        return Verdict.WATCH
    if reading["grip_force_kn"] < cfg.min_grip_kn:
        return Verdict.FAIL
    if reading["door_cycles"] > cfg.max_door_cycles:
        return Verdict.WATCH
    return Verdict.PASS


def load_flags() -> dict[str, bool]:
    raw = wmill.get_variable("f/ropeway/inspection_flags")
    return {k: bool(v) for k, v in json.loads(raw).items()}


@task(timeout=300, retry={"attempts": 2, "delay": 30})
async def cabin_telemetry(line: str, cabin: str) -> CabinReading:
    async with httpx.AsyncClient(base_url=TELEMETRY, timeout=60) as client:
        r = await client.get(f"/lines/{line}/cabins/{cabin}/latest")
        r.raise_for_status()
        body = r.json()
    return {
        "cabin": cabin,
        "grip_force_kn": float(body["grip"]["force_kn"]),
        "door_cycles": int(body["doors"]["cycles"]),
        "sensor_ok": body["status"] == "ok",
    }


@task(timeout=600)
async def grip_check(reading: dict, min_grip_kn: float) -> dict:
    cfg = InspectionConfig(line="-", season="summer", min_grip_kn=min_grip_kn)
    verdict = classify(reading, cfg)  # type: ignore[arg-type]
    return {"cabin": reading["cabin"], "verdict": verdict.value}


@task(timeout=900)
async def publish_report(line: str, season: str, rows: list[dict], approver: str) -> dict:
    db: Postgresql = wmill.get_resource("f/ropeway/reports_db")
    async with httpx.AsyncClient(base_url=REPORTS) as client:
        r = await client.post(
            "/inspections",
            json={"line": line, "season": season, "rows": rows, "approver": approver, "db": db["dbname"]},
        )
        r.raise_for_status()
        return r.json()


@workflow
async def main(
    line: str,
    cabins: list[str],
    season: Literal["winter", "summer"] = "winter",
    strict: bool = False,
    approver_group: Annotated[str, "Windmill group that signs off"] = "chief_engineers",
):
    cfg = InspectionConfig.from_inputs(line, season, cabins, strict)
    flags = load_flags()  # expect: WAC101
    log.info("inspecting %d cabins on %s (%s)", len(cfg.cabins), cfg.line, cfg.season)

    readings: list[CabinReading] = []
    skipped: list[str] = []
    for cabin in cfg.cabins:
        reading: CabinReading | None = None
        for attempt in range(cfg.max_attempts):
            try:
                reading = await cabin_telemetry(cfg.line, cabin)
                if reading["sensor_ok"] or not flags.get("retry_bad_sensor", True):
                    break
            except TaskError as err:
                log.warning("telemetry for %s failed (attempt %d): %s", cabin, attempt + 1, err)
            await sleep(cfg.backoff_s * 2**attempt + int(random.uniform(0, 30)))  # expect: WAC102
        if reading is None:
            skipped.append(cabin)
            continue
        readings.append(reading)

    verdicts: list[dict] = []
    for reading in readings:
        if flags.get("remote_grip_check", False):
            verdicts.append(await grip_check(dict(reading), cfg.min_grip_kn))
        else:
            verdicts.append({"cabin": reading["cabin"], "verdict": classify(reading, cfg).value})

    failing = [v["cabin"] for v in verdicts if v["verdict"] == Verdict.FAIL]
    watch = [v["cabin"] for v in verdicts if v["verdict"] == Verdict.WATCH]
    summary = {
        "line": cfg.line,
        "season": cfg.season,
        "inspected": len(verdicts),
        "failing": failing,
        "watch": watch,
        "skipped": skipped,
    }
    log.info("summary: %s", summary)

    urls = await step("signoff_urls", lambda: wmill.get_approval_urls("chief_signoff", approver_group))
    log.info("sign-off page: %s", urls["approvalPage"])
    decision = await wait_for_approval(
        timeout=3 * 24 * 3600,
        key="chief_signoff",
        form={"type": "object", "properties": {"notes": {"type": "string"}}},
        description={"markdown": f"**{cfg.line}**: {len(failing)} failing, {len(watch)} to watch"},
    )
    if not decision.get("approved", True):
        return {**summary, "published": False, "reason": "sign-off refused"}

    rows = [{**v, "notes": decision.get("value", {}).get("notes", "")} for v in verdicts]
    report = await publish_report(cfg.line, cfg.season, rows, decision.get("approver", ""))
    return {**summary, "published": True, "report": report}
