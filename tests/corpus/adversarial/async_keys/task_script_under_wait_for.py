# SDK: wmill 1.850.0 client.py task_script(): the call suspends the round at once (dispatch_type "script"); the asyncio timeout around it never fires in the workflow's round.
import asyncio

from wmill import task_script, workflow

score_document = task_script("f/ml/score_document")


@workflow
async def main(doc_id: str):
    try:
        score = await asyncio.wait_for(score_document(doc_id=doc_id), timeout=120)
    except asyncio.TimeoutError:  # expect: WAC204
        score = None
    return {"doc": doc_id, "score": score}
