"""Review the morning QC runs of every analyzer; lock out an analyzer that fails Westgard."""

from wmill import step, task, workflow

from f.lab import qc


@task(timeout=300)
async def control_values(analyzer: str, level: str) -> dict:
    from f.lab.http import get_json

    return get_json(f"/middleware/v1/qc/{analyzer}/{level}")


@task()
async def lock_analyzer(analyzer: str, reason: str) -> None:
    from f.lab.http import post_json

    post_json(f"/middleware/v1/analyzers/{analyzer}/lock", {"reason": reason})


@workflow
async def main(analyzers: list[str], levels: list[str] = ["L1", "L2"]):
    report = {}
    for analyzer in analyzers:
        verdicts = []
        for level in levels:
            ctrl = await control_values(analyzer, level)
            verdict = qc.review(ctrl["values"], ctrl["mean"], ctrl["sd"])  # expect: WAC102
            verdicts.append({"level": level, **verdict})
        failed = [v for v in verdicts if not v["accept"]]
        if failed:
            await lock_analyzer(analyzer, ", ".join(r for v in failed for r in v["rules"]))
        report[analyzer] = verdicts
    locked = await step("locked", lambda: sorted(a for a, vs in report.items() if any(not v["accept"] for v in vs)))
    return {"report": report, "locked": locked}
