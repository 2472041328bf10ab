# SDK: wmill 1.850.0 replays the body; f.common.util.now_iso reads the clock, a new value each replay.
from wmill import task_script, workflow

from f.common.util import now_iso

upsert_contact = task_script("f/crm/upsert_contact")


@workflow
async def main(email: str, name: str):
    seen_at = now_iso()  # expect: WAC102
    return await upsert_contact(email=email, full_name=name, tags=[f"seen:{seen_at}"])
