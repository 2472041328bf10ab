# SDK: wmill 1.850.0 client.py: a failed task reaches the workflow as `TaskError` (the child's exception is only described in `e.result["error"]`), never as the user's own exception class.
from wmill import TaskError, task, workflow


class HttpError(Exception):
    def __init__(self, code: int):
        super().__init__(f"http {code}")
        self.code = code


@task
async def call_partner(order_id: str) -> dict:
    raise HttpError(429)


@workflow
async def main(order_id: str):
    try:
        return await call_partner(order_id)
    except HttpError as e:  # expect: WAC204
        return {"retry_later": e.code == 429}
