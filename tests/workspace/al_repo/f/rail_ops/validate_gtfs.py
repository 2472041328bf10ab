"""Validate a GTFS feed version with the MobilityData validator service."""

import httpx


def main(feed_version: str, day: str, strict: bool = True):
    resp = httpx.post(
        "https://gtfs-validator.westbahn-regional.at/validate",
        json={"version": feed_version, "service_day": day, "strict": strict},
        timeout=300,
    )
    resp.raise_for_status()
    report = resp.json()
    return {"errors": report["errors"], "warnings": report["warnings"], "ok": not report["errors"]}
