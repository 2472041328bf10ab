# SDK: wmill 1.850.0 each round is a new process that re-imports the script; random.seed() with no value seeds from the OS
import random
import sqlite3

from wmill import task, workflow

random.seed()

DB = sqlite3.connect("/tmp/lottery-audit.db")
DB.execute("CREATE TABLE IF NOT EXISTS draws (term TEXT, student TEXT, pick INTEGER)")  # expect: WAC101


@task()
async def eligible_students(term: str, course: str) -> list[str]:
    return ["s-1042", "s-2290", "s-3311", "s-0907"]


@task()
async def grant_seat(term: str, course: str, student: str, pick: int) -> dict:
    return {"student": student, "pick": pick}


@workflow
async def main(term: str, course: str = "ART210-A", seats: int = 2):
    pool = await eligible_students(term, course)
    random.shuffle(pool)  # expect: WAC102
    granted = []
    for pick, student in enumerate(pool[:seats], start=1):
        granted.append(await grant_seat(term, course, student, pick))
    return granted
