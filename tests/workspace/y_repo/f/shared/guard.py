# Error helpers the billing workflows hand their tasks to.
import logging

from f.shared.tasks import record_audit

log = logging.getLogger("billing.guard")


async def run_guarded(fn, *args, **kwargs):
    """Run `fn`, log and swallow any failure so a batch keeps going."""
    try:
        return await fn(*args, **kwargs)
    except BaseException as exc:  # noqa: BLE001 - we really want to keep going
        log.warning("guarded call failed: %r", exc)
        return None


async def run_logged(fn, *args, **kwargs):
    """Run `fn`, log failures and let them propagate."""
    try:
        return await fn(*args, **kwargs)
    except BaseException:
        log.exception("call failed")
        raise


async def run_tolerant(fn, *args, **kwargs):
    """Business errors become None; anything internal passes through."""
    try:
        return await fn(*args, **kwargs)
    except Exception as exc:
        log.info("tolerated: %s", exc)
        return None



class QuietBatch:
    """Swallow failures of one batch so the next one runs."""

    def __init__(self, name: str):
        self.name = name

    async def __aenter__(self):
        return self

    async def __aexit__(self, exc_type, exc, tb):
        if exc is not None:
            log.warning("batch %s failed: %r", self.name, exc)
        return True


class LoggedBatch:
    """Log failures of one batch and let them propagate."""

    def __init__(self, name: str):
        self.name = name

    async def __aenter__(self):
        return self

    async def __aexit__(self, exc_type, exc, tb):
        if exc is not None:
            log.warning("batch %s failed: %r", self.name, exc)
        return False


async def audited(event: str, fn, *args):
    """Run `fn` and always write an audit record, even when it fails."""
    try:
        return await fn(*args)
    finally:
        await record_audit(event, {"args": list(args)})


async def timed(fn, *args):
    """Run `fn`, logging how it ended."""
    try:
        return await fn(*args)
    finally:
        log.info("done: %s", getattr(fn, "__name__", "?"))
