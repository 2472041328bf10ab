# SDK: wmill 1.850.0 sleep() is the durable wait; time.sleep in a helper the body awaits holds the worker and, on every replay, waits out all earlier intervals again
import time

from wmill import task, workflow, step

POLL_SECONDS = 1800


@task()
async def visit_confirmed(trial_id: str, participant_id: str, poll: int) -> bool:
    import requests

    r = requests.get(
        f"https://ctms.internal/trials/{trial_id}/participants/{participant_id}/confirmation",
        params={"poll": poll},
        timeout=20,
    )
    return r.json()["confirmed"]


@task()
async def escalate_to_site(trial_id: str, participant_id: str) -> dict:
    import requests

    return requests.post(f"https://ctms.internal/trials/{trial_id}/escalations", json={"participant": participant_id}, timeout=20).json()


async def wait_for_confirmation(trial_id: str, participant_id: str, max_polls: int) -> bool:
    for poll in range(max_polls):
        if await visit_confirmed(trial_id, participant_id, poll):
            return True
        time.sleep(POLL_SECONDS)
    return False


@workflow
async def main(trial_id: str, participant_ids: list[str], max_polls: int = 8):
    outcomes = {}
    for pid in participant_ids:
        ok = await wait_for_confirmation(trial_id, pid, max_polls)  # expect: WAC101
        if not ok:
            outcomes[pid] = await escalate_to_site(trial_id, pid)
        else:
            outcomes[pid] = {"confirmed": True}
    n = await step("escalations", lambda: sum(1 for o in outcomes.values() if "confirmed" not in o))
    return {"outcomes": outcomes, "escalations": n}
