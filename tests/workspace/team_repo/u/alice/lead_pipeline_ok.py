# SDK: wmill 1.850.0 task_script("u/alice/score_lead") sends email / signals as the child's args; threshold keeps its default.
from wmill import task_script, workflow

score_lead = task_script("u/alice/score_lead")
upsert_contact = task_script("f/crm/upsert_contact")


@workflow
async def main(email: str, name: str, signals: dict):
    scored = await score_lead(email=email, signals=signals)
    tags = ["hot"] if scored["hot"] else []
    return await upsert_contact(email=email, full_name=name, tags=tags)
