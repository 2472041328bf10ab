# SDK: wmill 1.850.0 client.py workflow(): an unseeded Faker draws new values in every round, so the fixture the task loads differs from the one logged before the suspension.
from faker import Faker
from wmill import task, workflow

fake = Faker()


@task()
async def load_fixture(users: list[dict]) -> int:
    return len(users)


@workflow
async def main(count: int = 10):
    users = [{"name": fake.name(), "email": fake.email()} for _ in range(count)]  # expect: WAC102
    return await load_fixture(users)
