# SDK: wmill 1.850.0 a task awaited in the body raises _StepSuspend (BaseException) until its result is checkpointed; a finally that awaits another task runs at every such suspension
from wmill import sleep, task, workflow


@task()
async def acquire_lock(resource: str, owner: str) -> str:
    import redis

    r = redis.Redis(host="redis.internal", decode_responses=True)
    token = f"{owner}:{resource}"
    if not r.set(f"lock:{resource}", token, nx=True, ex=3600):
        raise RuntimeError(f"{resource} is locked")
    return token


@task()
async def release_lock(resource: str, token: str) -> None:
    import redis

    r = redis.Redis(host="redis.internal", decode_responses=True)
    if r.get(f"lock:{resource}") == token:
        r.delete(f"lock:{resource}")


@task(timeout=900)
async def replica_lag(replica: str) -> int:
    import psycopg

    with psycopg.connect(f"postgresql://monitor@{replica}/postgres") as conn:
        (lag,) = conn.execute("SELECT EXTRACT(EPOCH FROM now() - pg_last_xact_replay_timestamp())::int").fetchone()
    return lag


@workflow
async def main(replica: str, max_lag_s: int = 5):
    token = await acquire_lock(f"failover:{replica}", "wac-failover")
    try:
        for _ in range(40):
            lag = await replica_lag(replica)
            if lag <= max_lag_s:
                return {"replica": replica, "lag": lag, "ready": True}
            await sleep(30)
        return {"replica": replica, "ready": False}
    finally:
        await release_lock(f"failover:{replica}", token)  # expect: WAC203
