"""Run a piece of a workflow and keep going when it fails."""

from f.platform.log import log_event


async def attempt(fn, *args, default=None, **kwargs):
    try:
        return await fn(*args, **kwargs)
    except Exception as exc:  # TaskError is an Exception; the SDK's suspension is not
        log_event("attempt.failed", fn=getattr(fn, "__name__", "?"), error=str(exc))
        return default


async def shielded(fn, *args, **kwargs):
    """Never let a vendor outage kill the run."""
    try:
        return await fn(*args, **kwargs)
    except BaseException as exc:
        log_event("shielded.failed", error=repr(exc))
        return None
