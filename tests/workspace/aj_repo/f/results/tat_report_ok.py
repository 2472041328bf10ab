"""Turnaround-time (TAT) report for the previous shift, posted to the quality channel."""

from statistics import median

from wmill import step, task, workflow

from f.lab.clock import hl7_ts, hours_since, now_iso
from f.lab.stability import age_hours_at


@task(timeout=600)
async def shift_accessions(shift: str) -> list[dict]:
    from f.lab.http import get_json

    return get_json(f"/lis/v1/accessions?shift={shift}&status=verified")["accessions"]


@task()
async def post_quality(text: str) -> None:
    import requests

    requests.post("https://chat.stmarys.internal/hooks/lab-quality", json={"text": text}, timeout=10)


@workflow
async def main(shift: str, target_hours: float = 4.0):
    generated_at = await step("generated_at", lambda: now_iso())
    accessions = await shift_accessions(shift)
    tats = [age_hours_at(a["received_at"], a["verified_at"]) for a in accessions]
    oldest_open = await step(
        "oldest_open_h",
        lambda: max((hours_since(a["received_at"]) for a in accessions if not a.get("verified_at")), default=0.0),
    )
    late = [a["accession"] for a, t in zip(accessions, tats) if t > target_hours]
    text = (
        f"TAT {shift} (as of {hl7_ts(generated_at)}): median {median(tats) if tats else 0:.1f} h, "
        f"{len(late)} over {target_hours} h, oldest open {oldest_open:.1f} h"
    )
    await post_quality(text)
    return {"shift": shift, "late": late, "generated_at": generated_at}
