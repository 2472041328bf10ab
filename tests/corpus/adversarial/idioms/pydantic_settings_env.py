# SDK: wmill 1.850.0 client.py: the body re-runs on replay; pydantic-settings' `BaseSettings()` reads the process environment when built, a value that can differ between the rounds of a workflow.
from pydantic_settings import BaseSettings
from wmill import task, workflow


class Settings(BaseSettings):
    batch_size: int = 100
    dry_run: bool = True


@task()
async def purge(table: str, batch: int) -> int:
    return batch


@workflow
async def main(table: str):
    settings = Settings()  # expect: WAC102
    if settings.dry_run:
        return 0
    return await purge(table, settings.batch_size)
