# SDK: wmill 1.850.0 client.py: the body re-runs every round; firebase_admin Firestore `document(...).set(...)` writes each round.
from firebase_admin import firestore

from wmill import task, workflow


@task()
async def grade(essay_id: str) -> float:
    return 0.8


@workflow
async def main(essay_id: str):
    score = await grade(essay_id)
    firestore.client().collection("essays").document(essay_id).set({"score": score})  # expect: WAC101
    return score
