# SDK: wmill 1.850.0 client.py: pymongo's InsertOneResult is not JSON, so json.dumps(default=str) writes "<pymongo.results.InsertOneResult ...>" and .inserted_id fails in the body.
from pymongo import MongoClient
from wmill import task, workflow


@task()
async def store_event(event: dict):
    coll = MongoClient("mongodb://db.internal:27017")["app"]["events"]
    return coll.insert_one(event)  # expect: WAC107


@task()
async def index_event(event_id: str) -> bool:
    return bool(event_id)


@workflow
async def main(event: dict):
    result = await store_event(event)
    return await index_event(str(result.inserted_id))
