# SDK: wmill 1.850.0 _StepSuspend is a BaseException, so `except* Exception` in best_effort leaves it alone; first_n is deterministic
from wmill import task, workflow

from f.common.safety import best_effort
from f.common.tasks import send_sms
from u.maria.report_lib import first_n, median_minutes


@task()
async def ticket_durations(ticket_ids: list[str]) -> list[float]:
    from f.common.http import post_json

    return post_json("https://tickets.fieldops.example/v1/durations", {"ids": ticket_ids})["minutes"]


@workflow
async def main(ticket_ids: list[str], manager_phone: str, sample_size: int = 20):
    picked = first_n(ticket_ids, sample_size)
    durations = await ticket_durations(picked)
    median = median_minutes(durations)
    await best_effort(send_sms(manager_phone, f"Median resolution: {median:.0f} min"))
    return {"sampled": len(picked), "median_minutes": median}
