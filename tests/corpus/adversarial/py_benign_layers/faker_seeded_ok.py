# SDK: wmill 1.850.0 client.py: Faker.seed(n) at load makes the generated fixture the same in every round.
from faker import Faker
from wmill import task, workflow

Faker.seed(20240501)
fake = Faker()


@task()
async def load_fixture(users: list[dict]) -> int:
    return len(users)


@workflow
async def main(count: int = 10):
    users = [{"name": fake.name(), "email": fake.email()} for _ in range(count)]
    return await load_fixture(users)
