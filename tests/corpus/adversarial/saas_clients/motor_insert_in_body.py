# SDK: wmill 1.850.0 client.py: the body re-runs every round; motor's `insert_one` writes to MongoDB each time (a duplicate document per round).
from motor.motor_asyncio import AsyncIOMotorClient

from wmill import task, workflow

db = AsyncIOMotorClient("mongodb://mongo:27017")["crm"]


@task()
async def enrich(email: str) -> dict:
    return {"email": email, "company": "acme"}


@workflow
async def main(email: str):
    profile = await enrich(email)
    await db.leads.insert_one(dict(profile))  # expect: WAC101
    return profile
