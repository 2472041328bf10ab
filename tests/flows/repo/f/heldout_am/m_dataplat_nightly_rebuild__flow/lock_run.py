import uuid

import wmill
import redis


def main(env: str, ttl_seconds: int = 7200):
    r = redis.Redis.from_url(wmill.get_variable(f"f/heldout_am/redis_url_{env}"))
    lock_id = str(uuid.uuid4())
    if not r.set(f"nightly-rebuild:{env}", lock_id, nx=True, ex=ttl_seconds):
        raise RuntimeError(f"another nightly rebuild holds the {env} lock")
    return {"lock_id": lock_id, "env": env}
