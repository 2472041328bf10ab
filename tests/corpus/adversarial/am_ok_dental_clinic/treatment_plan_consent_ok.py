# SDK: wmill 1.850.0: wait_for_approval with a form; two approvals with different literal keys; get_resume_urls inside step(); a pydantic model is validated and dumped to a dict inside the task
from pydantic import BaseModel

from wmill import get_approval_urls, step, task, wait_for_approval, workflow


class PlanItem(BaseModel):
    code: str
    tooth: int
    fee_cents: int


@task()
async def build_plan(patient_id: str) -> list[dict]:
    import requests

    r = requests.get(f"https://pms.example-smile.io/patients/{patient_id}/plan", timeout=15)
    r.raise_for_status()
    items = [PlanItem.model_validate(x) for x in r.json()["items"]]
    return [i.model_dump() for i in items]


@task()
async def email_patient(patient_id: str, subject: str, link: str) -> None:
    import requests

    requests.post(
        "https://notify.example-smile.io/email",
        json={"patient": patient_id, "subject": subject, "link": link},
        timeout=15,
    ).raise_for_status()


@task()
async def schedule(patient_id: str, codes: list[str]) -> list[str]:
    import requests

    r = requests.post("https://pms.example-smile.io/appointments", json={"patient": patient_id, "codes": codes}, timeout=15)
    return r.json()["slots"]


def total_fee(items: list[dict]) -> int:
    return sum(i["fee_cents"] for i in items)


@workflow
async def main(patient_id: str, dentist: str):
    items = await build_plan(patient_id)
    fee = total_fee(items)
    dentist_urls = await step("dentist_urls", lambda: get_approval_urls("dentist_review", dentist))
    await email_patient(dentist, "Review treatment plan", dentist_urls["resume"])
    review = await wait_for_approval(key="dentist_review", timeout=86400)
    if not review["approved"]:
        return {"status": "plan_rejected"}
    patient_urls = await step("patient_urls", lambda: get_approval_urls("patient_consent"))
    await email_patient(patient_id, f"Your treatment plan ({fee / 100:.2f} EUR)", patient_urls["approvalPage"])
    consent = await wait_for_approval(
        key="patient_consent",
        timeout=14 * 86400,
        form={"type": "object", "properties": {"financing": {"type": "boolean"}}},
    )
    if not consent["approved"]:
        return {"status": "declined"}
    slots = await schedule(patient_id, [i["code"] for i in items])
    return {"status": "booked", "slots": slots, "financing": bool((consent.get("value") or {}).get("financing"))}
