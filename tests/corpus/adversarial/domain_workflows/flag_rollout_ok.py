# SDK: wmill 1.850.0 client.py: each percentage step is a task followed by a server-side sleep; the cohort seed is derived from the flag name, so every replay computes the same cohorts.
import hashlib

from wmill import sleep, task, workflow

STAGES = (1, 5, 25, 50, 100)


def bucket(user_id: str, flag: str) -> int:
    return int(hashlib.sha256(f"{flag}:{user_id}".encode()).hexdigest()[:8], 16) % 100


@task()
async def set_percentage(flag: str, percent: int) -> bool:
    return True


@task()
async def error_rate(flag: str, window_minutes: int) -> float:
    return 0.001


@task()
async def notify(channel: str, text: str) -> bool:
    return True


@workflow
async def main(flag: str, channel: str = "#releases", soak_minutes: int = 30, max_error_rate: float = 0.01, canary_users: list[str] | None = None):
    canary = sorted(u for u in (canary_users or []) if bucket(u, flag) < STAGES[0])
    for percent in STAGES:
        await set_percentage(flag, percent)
        await sleep(soak_minutes * 60)
        rate = await error_rate(flag, soak_minutes)
        if rate > max_error_rate:
            await set_percentage(flag, 0)
            await notify(channel, f"{flag} rolled back at {percent}% (error rate {rate:.2%})")
            return {"status": "rolled_back", "at": percent, "canary": canary}
    await notify(channel, f"{flag} is at 100%")
    return {"status": "done", "canary": canary}
