# SDK: wmill 1.850.0 client.py: a failed task raises TaskError whose `result["error"]` holds name, message and extra (the exception's attributes); `except TaskError` sees it.
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
    except TaskError as e:
        err = (e.result or {}).get("error", {})
        extra = err.get("extra") or {}
        return {"failed": err.get("name"), "retry_later": extra.get("code") == 429}
