# SDK: wmill 1.850.0 workflow(): the body is re-run on each replay; `x in flags` calls FeatureFlags.__contains__ (f/core/flags.py), an HTTP GET each time.
"""Roll the new intake form out clinic by clinic."""

from wmill import step, task, workflow

from f.core.flags import FeatureFlags, flags


@task()
async def enable_form(clinic: str, form: str) -> dict:
    import httpx

    async with httpx.AsyncClient() as client:
        r = await client.put(f"https://forms.internal/clinics/{clinic}/form", json={"form": form})
        return r.json()


@workflow
async def main(clinics: list[str], form: str = "intake-v2"):
    results = {}
    staging = FeatureFlags("staging")
    for clinic in clinics:
        if f"{form}:{clinic}" in flags:  # expect: WAC101
            results[clinic] = await enable_form(clinic, form)
        else:
            results[clinic] = {"skipped": True}

    rollout = staging["rollout-percentage"]  # expect: WAC101
    note = staging.describe(form)
    return await step("report", lambda: {"results": results, "rollout": rollout, "note": note})
