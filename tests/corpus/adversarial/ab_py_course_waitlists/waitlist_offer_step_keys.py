# SDK: wmill 1.850.0 _run_inline_step keys by _alloc_key(name); id() is an address in this round's process, hash(str) is salted
from wmill import step, task, workflow


def offer_letter(student_id: str, section: str) -> dict:
    return {"student": student_id, "section": section, "template": "waitlist-offer-v3"}


@task()
async def waitlist(section: str) -> list[dict]:
    return [{"student_id": "s-1042", "rank": 1}, {"student_id": "s-2290", "rank": 2}]


@task()
async def send_offer(student_id: str, letter: dict) -> str:
    return "sent"


@workflow
async def main(section: str = "CS101-A", seats: int = 2):
    queue = await waitlist(section)

    results = []
    for entry in queue[:seats]:
        letter = await step(f"letter-{id(entry)}", lambda: offer_letter(entry["student_id"], section))  # expect: WAC103, WAC102
        results.append(await send_offer(entry["student_id"], letter))

    audit_key = "audit-" + str(hash(section))  # expect: WAC102
    await step(audit_key, lambda: {"section": section, "sent": len(results)})  # expect: WAC103
    return results
