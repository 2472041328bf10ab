# SDK: wmill 1.850.0 task_script("./x.py") sends the relative path as is (a module missing beside the script fails the child job); random.sample in the body differs per replay
from wmill import step, task_script, workflow

from .geo import centroid, cluster_stops

solve = task_script("./solver.py")
balance = task_script("./balancer.py")  # expect: WAC401


@workflow
async def main(region: str, stops: list[dict], days: int = 5):
    groups = cluster_stops(stops, days)  # expect: WAC102
    plans = []
    for index, group in enumerate(groups):
        centre = centroid(group)
        plan = await solve(group=group, day_index=index)
        plans.append({"centre": centre, **plan})
    balanced = await balance(plans=plans)
    return await step("summary", lambda: {"region": region, "days": len(balanced)})
