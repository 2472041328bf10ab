# SDK: wmill 1.850.0 gather() returns results in argument order; frozenset only tested for membership or sorted before dispatch
import asyncio

from wmill import task, workflow

LAB_SECTIONS = frozenset({"CHEM110-L1", "CHEM110-L2", "BIO150-L1"})


@task()
async def lecture_roster(course: str) -> list[str]:
    return ["s-1042", "s-2290", "s-3311"]


@task()
async def lab_assignments(course: str) -> list[str]:
    return ["CHEM110-L1", "CHEM110-L2", "CHEM110-L1"]


@task()
async def pair_student(student: str, lab: str) -> dict:
    return {"student": student, "lab": lab}


@task()
async def post_lab_schedule(lab: str) -> str:
    return f"posted-{lab}"


@workflow
async def main(course: str = "CHEM110"):
    roster, labs = await asyncio.gather(lecture_roster(course), lab_assignments(course))
    pairs = await asyncio.gather(*(pair_student(s, lab) for s, lab in zip(roster, labs) if lab in LAB_SECTIONS))

    posted = list(await asyncio.gather(*map(post_lab_schedule, sorted(LAB_SECTIONS))))
    return {"pairs": pairs, "posted": posted}
