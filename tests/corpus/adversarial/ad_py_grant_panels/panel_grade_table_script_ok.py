# SDK: wmill 1.850.0 a task_script's kwargs become the other script's job args, JSON-encoded: the member's value ("A+", a str) is what is sent
import logging
from enum import Enum

import httpx
from wmill import task, task_script, workflow

log = logging.getLogger("grants.grades")

GMS = "https://gms.research-council.example/api"


class Grade(Enum):
    OUTSTANDING = "A+"
    EXCELLENT = "A"
    GOOD = "B"
    FAIR = "C"


GRADE_BY_MEAN = {5: Grade.OUTSTANDING, 4: Grade.EXCELLENT, 3: Grade.GOOD}

record_grade = task_script("f/grants/record_grade", timeout=120)


@task()
async def panel_means(call_id: str) -> dict[str, float]:
    r = httpx.get(f"{GMS}/calls/{call_id}/means")
    r.raise_for_status()
    return r.json()


@workflow
async def main(call_id: str):
    means = await panel_means(call_id=call_id)
    graded = {}
    for application_id, mean in sorted(means.items()):
        grade = GRADE_BY_MEAN.get(round(mean), Grade.FAIR)
        await record_grade(application_id=application_id, grade=grade.value)
        graded[application_id] = grade.value
    log.info("graded %d applications of %s", len(graded), call_id)
    return graded
