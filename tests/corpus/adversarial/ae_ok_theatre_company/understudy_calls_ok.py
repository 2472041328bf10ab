# SDK: wmill 1.850.0 task_script wrappers called with keyword arguments; an except TaskError that reads e.step_key and e.result; asyncio.gather with return_exceptions left False over task calls; a module-level lookup table built by a pure function under functools.cache
import asyncio
import functools

from wmill import TaskError, task_script, workflow

check_availability = task_script("f/theatre/check_availability", timeout=120)
send_call = task_script("f/theatre/send_call", timeout=60)


@functools.cache
def cover_table() -> dict[str, list[str]]:
    rows = [
        ("Hamlet", ["R. Okafor", "J. Lind"]),
        ("Ophelia", ["M. Santos"]),
        ("Claudius", ["P. Varga", "D. Holm"]),
    ]
    return {role: covers for role, covers in rows}


@workflow
async def main(performance: str, absent: dict[str, str]):
    calls: dict[str, str] = {}
    unfilled: list[str] = []
    for role, _actor in sorted(absent.items()):
        covers = cover_table().get(role, [])
        if not covers:
            unfilled.append(role)
            continue
        free = await asyncio.gather(*(check_availability(person=c, performance=performance) for c in covers))
        chosen = next((c for c, ok in zip(covers, free) if ok), None)
        if chosen is None:
            unfilled.append(role)
            continue
        try:
            await send_call(person=chosen, role=role, performance=performance)
            calls[role] = chosen
        except TaskError as e:
            err = (e.result or {}).get("error", {})
            unfilled.append(f"{role} ({e.step_key}: {err.get('name', 'error')})")
    return {"performance": performance, "calls": calls, "unfilled": unfilled}
