# SDK: step() runs fn once and replays its JSON result: the environment is read inside the step (model_dump() of ints and bools is JSON)
from pydantic_settings import BaseSettings, SettingsConfigDict
from wmill import step, task, workflow


class Settings(BaseSettings):
    """Service configuration, read from RECON_* environment variables."""

    model_config = SettingsConfigDict(env_prefix="RECON_")
    dry_run: bool = True
    batch_size: int = 500


@task(timeout=900)
async def reconcile_batch(offset: int, limit: int, apply: bool) -> dict:
    """Reconcile one batch of ledger rows."""
    return {"offset": offset, "matched": limit - 3, "applied": apply}


@workflow
async def main(total_rows: int = 5000) -> dict:
    """Reconcile the ledger in batches."""
    settings = await step("settings", lambda: Settings().model_dump())
    results = []
    for offset in range(0, total_rows, settings["batch_size"]):
        results.append(
            await reconcile_batch(offset=offset, limit=settings["batch_size"], apply=not settings["dry_run"])
        )
    return {"batches": len(results), "matched": sum(r["matched"] for r in results)}
