# SDK: wmill 1.850.0 _alloc_key numbers repeated literal names (letter, letter_2, ...); id() only compared inside one round is fine
from wmill import step, task, workflow


def offer_letter(student_id: str, section: str) -> dict:
    return {"student": student_id, "section": section, "template": "waitlist-offer-v3"}


@task()
async def waitlist(section: str) -> list[dict]:
    return [{"student_id": "s-1042", "rank": 1}, {"student_id": "s-2290", "rank": 2}, {"student_id": "s-1042", "rank": 3}]


@task()
async def send_offer(student_id: str, letter: dict) -> str:
    return "sent"


@workflow
async def main(section: str = "CS101-A", seats: int = 2):
    queue = await waitlist(section)

    seen_ids: set[int] = set()
    seen_students: set[str] = set()
    results = []
    for entry in queue:
        if id(entry) in seen_ids or entry["student_id"] in seen_students:
            continue
        seen_ids.add(id(entry))
        seen_students.add(entry["student_id"])
        if len(results) >= seats:
            break
        letter = await step("letter", lambda e=entry: offer_letter(e["student_id"], section))
        results.append(await send_offer(entry["student_id"], letter))

    await step("audit", lambda: {"section": section, "sent": len(results)})
    return results
