# SDK: only step()/task results are replayed; pydantic-settings' BaseSettings() reads os.environ when it is constructed, here in the workflow body, so a worker with another environment changes the branch taken
from pydantic_settings import BaseSettings, SettingsConfigDict
from wmill import task, workflow


class Settings(BaseSettings):
    """Service configuration, read from WM_* style environment variables."""

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
    settings = Settings()  # expect: WAC102
    results = []
    for offset in range(0, total_rows, settings.batch_size):
        results.append(
            await reconcile_batch(offset=offset, limit=settings.batch_size, apply=not settings.dry_run)
        )
    return {"batches": len(results), "matched": sum(r["matched"] for r in results)}
