# SDK: wmill 1.850.0 client.py: `main`'s defaults are evaluated when the script loads, every round; these are constants and a parsed literal date, the same each time.
from datetime import date

from wmill import task, workflow

DEFAULT_REGION = "eu-west-1"


@task()
async def export(day: str, region: str, limit: int) -> str:
    return f"{day}:{region}:{limit}"


@workflow
async def main(
    day: str = date(2024, 1, 1).isoformat(),
    region: str = DEFAULT_REGION,
    limit: int = 10 * 1000,
    tags: list[str] | None = None,
):
    return await export(day, region, limit)
