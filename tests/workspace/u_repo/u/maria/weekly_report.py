# SDK: wmill 1.850.0 the body is replayed after each task: random.sample picks other tickets on every round, so step keys and args drift
from wmill import task, workflow

from f.common.tasks import send_sms
from f.common.safety import never_fail
from u.maria.report_lib import median_minutes, sample_tickets


@task()
async def ticket_durations(ticket_ids: list[str]) -> list[float]:
    from f.common.http import post_json

    return post_json("https://tickets.fieldops.example/v1/durations", {"ids": ticket_ids})["minutes"]


@workflow
async def main(ticket_ids: list[str], manager_phone: str, sample_size: int = 20):
    picked = sample_tickets(ticket_ids, sample_size)  # expect: WAC102
    durations = await ticket_durations(picked)
    median = median_minutes(durations)
    await never_fail(send_sms(manager_phone, f"Median resolution: {median:.0f} min"))  # expect: WAC201
    return {"sampled": len(picked), "median_minutes": median}
