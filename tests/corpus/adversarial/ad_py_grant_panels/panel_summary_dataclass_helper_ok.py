# SDK: wmill 1.850.0 a task's result crosses json.dumps(default=str); asdict() turns the PanelSummary into a plain dict of str/float/int that round-trips unchanged
import logging
import statistics
from dataclasses import asdict, dataclass

import httpx
from wmill import task, wait_for_approval, workflow

log = logging.getLogger("grants.scores")

GMS = "https://gms.research-council.example/api"
FUNDABLE = 4.2


@dataclass
class PanelSummary:
    application_id: str
    mean: float
    spread: float
    reviews: int


def build_summary(application_id: str, scores: list[float]) -> PanelSummary:
    spread = max(scores) - min(scores) if scores else 0.0
    return PanelSummary(application_id, statistics.fmean(scores) if scores else 0.0, spread, len(scores))


@task(timeout=300)
async def collect_scores(application_id: str) -> dict:
    r = httpx.get(f"{GMS}/applications/{application_id}/reviews")
    r.raise_for_status()
    scores = [float(rv["score"]) for rv in r.json() if rv["status"] == "submitted"]
    return asdict(build_summary(application_id, scores))


@task()
async def record_outcome(application_id: str, outcome: str, mean: float) -> None:
    httpx.post(f"{GMS}/applications/{application_id}/outcome", json={"outcome": outcome, "mean": mean}).raise_for_status()


@workflow
async def main(application_ids: list[str]):
    outcomes = {}
    for app_id in application_ids:
        summary = await collect_scores(application_id=app_id)
        if summary["reviews"] < 3:
            outcomes[app_id] = "insufficient reviews"
            continue
        if summary["spread"] >= 2.0:
            answer = await wait_for_approval(timeout=3 * 24 * 3600)
            outcome = "funded" if answer["approved"] else "declined"
        else:
            outcome = "funded" if summary["mean"] >= FUNDABLE else "declined"
        await record_outcome(application_id=app_id, outcome=outcome, mean=summary["mean"])
        outcomes[app_id] = outcome
    log.info("outcomes: %s", outcomes)
    return outcomes
