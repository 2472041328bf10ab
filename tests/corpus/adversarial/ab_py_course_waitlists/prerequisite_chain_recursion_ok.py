# SDK: wmill 1.850.0 keys follow call order; a depth-first walk over task results (lists) replays in the same order each round
from wmill import task, workflow


@task()
async def prerequisites(course: str) -> list[str]:
    graph = {"CS301": ["CS201", "MATH221"], "CS201": ["CS101"], "MATH221": ["MATH121"]}
    return graph.get(course, [])


@task()
async def check_transcript(student: str, course: str) -> bool:
    return True


async def verify(student: str, course: str, done: set[str]) -> bool:
    if course in done:
        return True
    done.add(course)
    ok = await check_transcript(student, course)
    for pre in await prerequisites(course):
        ok = await verify(student, pre, done) and ok
    return ok


@workflow
async def main(student: str, course: str = "CS301"):
    cleared = await verify(student, course, set())
    return {"student": student, "course": course, "cleared": cleared}
