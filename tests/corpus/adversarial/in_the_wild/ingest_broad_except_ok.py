# SDK: wmill 1.850.0 client.py: the SDK's suspension (_StepSuspend) derives from BaseException, so `except Exception` lets it through; a failed task arrives as TaskError, an Exception.
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
        except Exception as e:  # noqa: BLE001 - report and keep going
            log.exception("batch %s failed", b)
            failed.append({"batch": b, "error": str(e)})
    return {"loaded": loaded, "failed": failed}
