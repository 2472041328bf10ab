# SDK: wmill 1.850.0 run_script_by_path starts a job and waits for it: in the body it starts a new job on every replay.
import wmill
from wmill import task_script, workflow

upsert_contact = task_script("f/crm/upsert_contact")


@workflow
async def main(email: str):
    score = wmill.run_script_by_path("u/alice/score_lead", args={"email": email, "signals": {}})  # expect: WAC101
    return await upsert_contact(email=email, full_name=email, tags=[str(score["score"])])
