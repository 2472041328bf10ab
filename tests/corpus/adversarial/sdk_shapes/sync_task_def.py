# SDK: wmill 1.850.0 client.py: the guide says Python tasks are top-level async functions; a plain def is not one (WAC004).
from wmill import task, workflow


@task()
def normalise(email: str) -> str:  # expect: WAC004
    return email.strip().lower()


@workflow
async def main(email: str):
    return await normalise(email)
