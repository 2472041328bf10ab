# SDK: wmill 1.850.0 replays the body; ..common.util (f/common/util.py) fetch_json calls requests.get.
from wmill import task_script, workflow

from ..common.util import fetch_json

upsert_contact = task_script("f/crm/upsert_contact")


@workflow
async def main(email: str):
    profile = fetch_json(f"/profiles/{email}")  # expect: WAC101
    return await upsert_contact(email=email, full_name=profile["name"])
