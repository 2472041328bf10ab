# SDK: wmill 1.850.0 keys by call order; random.Random(str) seeds from the string's sha512 (not hash()), the same in every process
import random

from wmill import task, workflow


@task()
async def eligible_students(term: str, course: str) -> list[str]:
    return ["s-1042", "s-2290", "s-3311", "s-0907"]


@task()
async def grant_seat(term: str, course: str, student: str, pick: int) -> dict:
    return {"student": student, "pick": pick}


@workflow
async def main(term: str, course: str = "ART210-A", seats: int = 2):
    pool = sorted(await eligible_students(term, course))
    # a published, reproducible draw: anyone can re-run it from the term and course
    rng = random.Random(f"{term}/{course}")
    rng.shuffle(pool)
    granted = []
    for pick, student in enumerate(pool[:seats], start=1):
        granted.append(await grant_seat(term, course, student, pick))
    return granted
