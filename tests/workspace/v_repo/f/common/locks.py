# SDK: none; locks and timers used around billing runs
import logging
from contextlib import asynccontextmanager, contextmanager

import asyncpg
import redis

log = logging.getLogger("billing")


@asynccontextmanager
async def advisory_lock(dsn: str, name: str):
    """Hold a Postgres advisory lock for the duration of the block."""
    conn = await asyncpg.connect(dsn)
    try:
        await conn.execute("SELECT pg_advisory_lock(hashtext($1))", name)
        yield conn
    finally:
        await conn.execute("SELECT pg_advisory_unlock(hashtext($1))", name)
        await conn.close()


class RedisLease:
    """A short lease in Redis so two runs of the same period never overlap."""

    def __init__(self, key: str, ttl: int = 900, url: str = "redis://cache.internal:6379/0"):
        self.key = f"lease:{key}"
        self.ttl = ttl
        self.url = url
        self._r = None

    def __enter__(self):
        self._r = redis.Redis.from_url(self.url)
        if not self._r.set(self.key, "1", nx=True, ex=self.ttl):
            raise RuntimeError(f"{self.key} is held by another run")
        return self

    def __exit__(self, *exc):
        self._r.delete(self.key)
        return False


@contextmanager
def log_section(label: str):
    """Log the start and the end of a block (no clock, no I/O beyond logging)."""
    log.info("begin %s", label)
    try:
        yield label
    finally:
        log.info("end %s", label)
