import wmill
import redis


def main(env: str, lock_id: str):
    r = redis.Redis.from_url(wmill.get_variable(f"f/heldout_am/redis_url_{env}"))
    key = f"nightly-rebuild:{env}"
    if r.get(key) == lock_id.encode():
        r.delete(key)
        return {"released": True}
    return {"released": False}
