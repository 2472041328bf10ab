# SDK: wmill 1.850.0 client.py task_script(path, timeout=...): the child job's own timeout; its failure reaches the body as TaskError.
from wmill import TaskError, task_script, workflow

score_document = task_script("f/ml/score_document", timeout=120)


@workflow
async def main(doc_id: str):
    try:
        score = await score_document(doc_id=doc_id)
    except TaskError:
        score = None
    return {"doc": doc_id, "score": score}
