# SDK: wmill 1.850.0 client.py: str(inserted_id) is the ObjectId's hex string, a JSON value.
from pymongo import MongoClient
from wmill import task, workflow


@task()
async def store_event(event: dict) -> str:
    coll = MongoClient("mongodb://db.internal:27017")["app"]["events"]
    return str(coll.insert_one(event).inserted_id)


@task()
async def index_event(event_id: str) -> bool:
    return bool(event_id)


@workflow
async def main(event: dict):
    event_id = await store_event(event)
    return await index_event(event_id)
