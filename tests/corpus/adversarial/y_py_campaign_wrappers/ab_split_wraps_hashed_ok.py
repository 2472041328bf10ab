# SDK: wmill 1.850.0 client.py: a decorator above @task() runs in the round; picking the arm from a crc32 of the input gives the same variant every round
import functools
import zlib

from wmill import task, workflow

VARIANTS = ["subject_a", "subject_b"]


def ab_test(fn):
    @functools.wraps(fn)
    async def wrapper(list_id: str, *args, **kwargs):
        kwargs.setdefault("variant", VARIANTS[zlib.crc32(list_id.encode()) % len(VARIANTS)])
        return await fn(list_id, *args, **kwargs)

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
    result = await send_variant(list_id, template_id)
    await record_experiment(campaign_id, result)
    return result
