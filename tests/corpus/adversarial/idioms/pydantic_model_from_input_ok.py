# SDK: wmill 1.850.0 client.py: the body replays on each round; a plain pydantic `BaseModel` validated from the workflow's input reads nothing outside it, and `model_dump()` crosses JSON.
from pydantic import BaseModel
from wmill import task, workflow


class PurgeOptions(BaseModel):
    batch_size: int = 100
    dry_run: bool = True


@task()
async def purge(table: str, batch: int) -> int:
    return batch


@workflow
async def main(table: str, options: dict):
    opts = PurgeOptions.model_validate(options)
    if opts.dry_run:
        return {"table": table, "options": opts.model_dump()}
    return await purge(table, opts.batch_size)
