# SDK: wmill 1.850.0 step(): the lambda runs once, its result is checkpointed and replayed; FeatureFlags.describe (f/core/flags.py) is pure.
"""Roll the new intake form out clinic by clinic."""

from wmill import step, task, workflow

from f.core.flags import FeatureFlags, flags


@task()
async def enable_form(clinic: str, form: str) -> dict:
    import httpx

    async with httpx.AsyncClient() as client:
        r = await client.put(f"https://forms.internal/clinics/{clinic}/form", json={"form": form})
        return r.json()


@task()
async def rollout_percentage(environment: str) -> int:
    return FeatureFlags(environment)["rollout-percentage"]["value"]


@workflow
async def main(clinics: list[str], form: str = "intake-v2"):
    enabled = await step(
        "enabled_clinics", lambda: [c for c in clinics if f"{form}:{c}" in flags]
    )
    results = {}
    for clinic in clinics:
        if clinic in enabled:
            results[clinic] = await enable_form(clinic, form)
        else:
            results[clinic] = {"skipped": True}

    rollout = await rollout_percentage("staging")
    note = FeatureFlags("staging").describe(form)
    return {"results": results, "rollout": rollout, "note": note}
