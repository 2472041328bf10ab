# SDK: wmill 1.850.0 client.py: the suspension that dispatches a task is a BaseException (_StepSuspend); a bare `except:` that logs and continues swallows it, so the batch is never dispatched.
import logging

from wmill import task, workflow

log = logging.getLogger("ingest")


@task()
async def load_batch(source: str, batch: int) -> int:
    return batch * 100


@workflow
async def main(source: str, batches: int = 3):
    loaded, failed = 0, []
    for b in range(batches):
        try:
            loaded += await load_batch(source, b)
        except:  # expect: WAC201
            log.exception("batch %s failed", b)
            failed.append(b)
    return {"loaded": loaded, "failed": failed}
