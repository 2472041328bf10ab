# SDK: wmill 1.850.0 lookup_arm, lookup_arm_2, ... take keys in the generator's order; set(pids) of str orders by salted hashes, so zip(pids, arms) pairs a participant with another's arm
import asyncio

from wmill import task, workflow, wait_for_approval, step, get_resume_urls


@task(timeout=60, tag="irt")
async def lookup_arm(participant_id: str) -> str:
    import requests

    return requests.get(f"https://irt.internal/randomisation/{participant_id}", timeout=20).json()["arm"]


@task()
async def request_unblinding_approval(trial_id: str, approval_page: str, count: int) -> None:
    import requests

    requests.post(
        "https://mail.internal/send",
        json={"to": "dsmb@sponsor.example", "trial": trial_id, "n": count, "link": approval_page},
        timeout=15,
    )


@task()
async def write_unblinded_report(trial_id: str, arms: dict) -> dict:
    import requests

    return requests.post(f"https://stats.internal/trials/{trial_id}/unblinded", json=arms, timeout=60).json()


@workflow
async def main(trial_id: str, participant_ids: list[str]):
    urls = await step("urls", lambda: get_resume_urls())
    await request_unblinding_approval(trial_id, urls["approvalPage"], len(participant_ids))
    decision = await wait_for_approval(timeout=7 * 86400)
    if not decision["approved"]:
        return {"trial": trial_id, "unblinded": False}

    pids = list(set(participant_ids))
    arms = await asyncio.gather(*(lookup_arm(p) for p in set(participant_ids)))  # expect: WAC105
    by_participant = dict(zip(pids, arms))
    report = await write_unblinded_report(trial_id, by_participant)
    return {"trial": trial_id, "unblinded": True, "report": report}
