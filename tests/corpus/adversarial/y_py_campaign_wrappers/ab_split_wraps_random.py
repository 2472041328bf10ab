# SDK: wmill 1.850.0 client.py: a decorator above @task() runs its wrapper in the workflow's round each time the body calls the task; random.choice there picks another arm each round, and the task's args then differ from the checkpointed key's
import functools
import random

from wmill import task, workflow

VARIANTS = ["subject_a", "subject_b"]


def ab_test(fn):
    @functools.wraps(fn)
    async def wrapper(*args, **kwargs):
        kwargs.setdefault("variant", random.choice(VARIANTS))
        return await fn(*args, **kwargs)

    return wrapper


@ab_test
@task()
async def send_variant(list_id: str, template_id: str, variant: str = "subject_a") -> dict:
    import httpx

    return httpx.post(f"https://mailer.internal/lists/{list_id}/send", json={"template": template_id, "variant": variant}, timeout=120).json()


@task()
async def record_experiment(campaign_id: str, result: dict) -> None:
    print(campaign_id, result)


@workflow
async def main(campaign_id: str, list_id: str, template_id: str):
    result = await send_variant(list_id, template_id)  # expect: WAC102
    await record_experiment(campaign_id, result)
    return result
