# SDK: wmill 1.850.0 replays the body; u.alice.signals.jitter draws a random number, a new one each replay.
from wmill import task_script, workflow

from u.alice.signals import jitter

score_lead = task_script("u/alice/score_lead")


@workflow
async def main(email: str, base: float):
    threshold = jitter(base)  # expect: WAC102
    return await score_lead(email=email, signals={}, threshold=threshold)
