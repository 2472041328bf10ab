# SDK: wmill 1.850.0; stale_meta.script.yaml was generated before `region` was added to main.
from wmill import task_script, workflow

upsert_contact = task_script("f/crm/upsert_contact")


@workflow
async def main(email: str, name: str, region: str):  # expect: WAC901
    return await upsert_contact(email=email, full_name=name, tags=[region])
