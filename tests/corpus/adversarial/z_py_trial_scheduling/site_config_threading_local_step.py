# SDK: wmill 1.850.0 _run_inline_step skips fn on replay and returns the checkpointed None, so attributes set on the threading.local inside the step are missing in later rounds
import threading

from wmill import task, workflow, step

_site = threading.local()


def load_site_config(site_id: str) -> dict:
    import requests

    return requests.get(f"https://ctms.internal/sites/{site_id}/config", timeout=20).json()


@task()
async def schedule_visit(participant_id: str, site_id: str, window_days: int) -> dict:
    import requests

    return requests.post(
        "https://ctms.internal/visits",
        json={"participant": participant_id, "site": site_id, "window_days": window_days},
        timeout=30,
    ).json()


@workflow
async def main(site_id: str, participant_ids: list[str]):
    await step("site_config", lambda: setattr(_site, "config", load_site_config(site_id)))  # expect: WAC104
    window = _site.config["visit_window_days"]
    visits = []
    for pid in participant_ids:
        visits.append(await schedule_visit(pid, site_id, window))
    return {"site": site_id, "visits": visits}
