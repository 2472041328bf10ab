# SDK: wmill 1.850.0 client.py task(): the step key comes from func.__name__ ("first_valid") and the arguments are bound by name; type parameters (PEP 695) change neither.
from wmill import task, workflow


@task()
async def first_valid[T](candidates: list[T], fallback: T) -> T:
    for candidate in candidates:
        if candidate:
            return candidate
    return fallback


@workflow
async def main(emails: list[str], default_email: str):
    chosen = await first_valid(emails, default_email)
    return {"email": chosen}
