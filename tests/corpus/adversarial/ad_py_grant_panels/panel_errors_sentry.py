# SDK: wmill 1.850.0 a failed task raises TaskError on every replay that reaches it (rebuilt from the checkpoint marker), so sentry_sdk.capture_exception in the handler sends one event per round
import logging
import os

import httpx
import sentry_sdk
from wmill import TaskError, step, task, workflow

log = logging.getLogger("grants.sync")

sentry_sdk.init(dsn=os.environ.get("SENTRY_DSN", ""), traces_sample_rate=0.0)

GMS = "https://gms.research-council.example/api"
ORCID = "https://pub.orcid.example/v3.0"


@task(timeout=300)
async def sync_reviewer_profile(reviewer_id: str, orcid: str) -> dict:
    r = httpx.get(f"{ORCID}/{orcid}/person", headers={"Accept": "application/json"})
    r.raise_for_status()
    body = r.json()
    httpx.put(f"{GMS}/reviewers/{reviewer_id}/profile", json=body).raise_for_status()
    return {"reviewer": reviewer_id, "name": body.get("name", {}).get("family-name", {}).get("value")}


@task()
async def list_reviewers(panel: str) -> list[dict]:
    r = httpx.get(f"{GMS}/panels/{panel}/reviewers")
    r.raise_for_status()
    return r.json()


@workflow
async def main(panel: str):
    reviewers = await list_reviewers(panel=panel)
    synced, failed = [], []
    for rv in reviewers:
        if not rv.get("orcid"):
            continue
        try:
            synced.append(await sync_reviewer_profile(reviewer_id=rv["id"], orcid=rv["orcid"]))
        except TaskError as exc:
            sentry_sdk.capture_exception(exc)  # expect: WAC101
            log.warning("profile sync failed for %s", rv["id"])
            failed.append(rv["id"])
    stamp = await step("finished", lambda: {"panel": panel, "synced": len(synced)})
    return {**stamp, "failed": failed}
