# SDK: wmill 1.850.0: task_flow / task_script with keyword arguments; `except Exception` around them re-raises nothing it should not
from wmill import TaskError, task, task_flow, task_script, workflow

build_roster = task_script("f/rail/build_crew_roster", timeout=900)
publish_roster = task_flow("f/rail/publish_roster_flow")


@task()
async def rest_rule_violations(roster: list[dict], min_rest_hours: int) -> list[dict]:
    from datetime import datetime

    by_driver: dict[str, list[dict]] = {}
    for shift in roster:
        by_driver.setdefault(shift["driver"], []).append(shift)
    bad = []
    for driver, shifts in by_driver.items():
        shifts.sort(key=lambda s: s["start"])
        for a, b in zip(shifts, shifts[1:]):
            rest = (datetime.fromisoformat(b["start"]) - datetime.fromisoformat(a["end"])).total_seconds() / 3600
            if rest < min_rest_hours:
                bad.append({"driver": driver, "after": a["id"], "rest_hours": round(rest, 1)})
    return bad


@workflow
async def main(week: str, depot: str, min_rest_hours: int = 12):
    roster = await build_roster(week=week, depot=depot)
    violations = await rest_rule_violations(roster["shifts"], min_rest_hours)
    if violations:
        return {"week": week, "published": False, "violations": violations}
    try:
        result = await publish_roster(week=week, depot=depot, shifts=roster["shifts"])
    except TaskError as err:
        return {"week": week, "published": False, "error": str(err)}
    except Exception as err:
        return {"week": week, "published": False, "error": f"unexpected {type(err).__name__}"}
    return {"week": week, "published": True, "result": result}
