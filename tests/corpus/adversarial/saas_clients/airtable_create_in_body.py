# SDK: wmill 1.850.0 client.py: the body re-runs every round; pyairtable `Table.create` adds a record over HTTP each round (a duplicate row per replay).
from pyairtable import Api

from wmill import task, workflow

api = Api("pat_token")
leads = api.table("appBase123", "Leads")


@task()
async def qualify(email: str) -> str:
    return "hot"


@workflow
async def main(email: str):
    grade = await qualify(email)
    leads.create({"Email": email, "Grade": grade})  # expect: WAC101
    return grade
