# SDK: wmill 1.850.0 two approvals with literal keys written out one by one (wait_for_approval(key=...) in a fixed order), get_approval_urls for each key in its own step before the emails; grades read from the approval results
import httpx
from wmill import get_approval_urls, step, task, wait_for_approval, workflow

PANELS = ("galactic", "extragalactic")


@task()
async def load_proposal(proposal_id: str) -> dict:
    async with httpx.AsyncClient() as c:
        r = await c.get(f"https://tac.observatory.example/proposals/{proposal_id}")
        r.raise_for_status()
        return r.json()


@task()
async def email_panel(panel: str, proposal_id: str, resume: str, cancel: str) -> None:
    async with httpx.AsyncClient() as c:
        await c.post(
            "https://mail.observatory.example/send",
            json={"to": f"{panel}-chair@observatory.example", "subject": f"Review {proposal_id}", "resume": resume, "cancel": cancel},
        )


@task()
async def record_grade(proposal_id: str, grades: dict) -> dict:
    async with httpx.AsyncClient() as c:
        r = await c.put(f"https://tac.observatory.example/proposals/{proposal_id}/grade", json=grades)
        return r.json()


def mean_grade(values: list[float]) -> float:
    return round(sum(values) / len(values), 2) if values else 0.0


@workflow
async def main(proposal_id: str, hours_requested: float):
    prop = await load_proposal(proposal_id)

    galactic_urls = await step("galactic_urls", lambda: get_approval_urls("galactic"))
    extragalactic_urls = await step("extragalactic_urls", lambda: get_approval_urls("extragalactic"))
    await email_panel("galactic", proposal_id, galactic_urls["resume"], galactic_urls["cancel"])
    await email_panel("extragalactic", proposal_id, extragalactic_urls["resume"], extragalactic_urls["cancel"])

    form = {"type": "object", "properties": {"grade": {"type": "number", "minimum": 1, "maximum": 5}}}
    galactic = await wait_for_approval(key="galactic", timeout=7 * 86400, form=form)
    extragalactic = await wait_for_approval(key="extragalactic", timeout=7 * 86400, form=form)

    grades = [float(r["value"]["grade"]) for r in (galactic, extragalactic) if r["approved"] and r.get("value")]
    verdict = {
        "mean": mean_grade(grades),
        "panels": dict(zip(PANELS, (galactic["approver"], extragalactic["approver"]))),
        "hours": hours_requested if mean_grade(grades) <= 2.5 else 0.0,
        "title": prop.get("title", ""),
    }
    saved = await record_grade(proposal_id, verdict)
    return {"proposal": proposal_id, **verdict, "record": saved.get("id")}
