"""Route solver, dispatched by plan_week with task_script("./solver.py")."""


def main(group: list[dict], day_index: int) -> dict:
    ordered = sorted(group, key=lambda s: (s["lat"], s["lng"]))
    return {"day": day_index, "stops": ordered}
