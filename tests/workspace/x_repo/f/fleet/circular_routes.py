# SDK: wmill 1.850.0; routing_a.best_route sorts with routing_b.score as key, which does a GET per stop
"""Plan the day's route order and dispatch it."""

from wmill import step, task, workflow

from f.lib import routing_a, routing_b
from f.lib.routing_a import best_route


@task()
async def publish_route(depot: str, order: list[str]) -> str:
    return f"{depot}:{','.join(order)}"


@workflow
async def main(depot: str, stops: list[str]):
    order = best_route(stops)  # expect: WAC101
    first = routing_b.score(stops[0])  # expect: WAC101
    baseline = [routing_b.static_score(s) for s in stops]
    legs = await step("legs", lambda: [routing_a.leg_km("north", s) for s in order])
    ref = await publish_route(depot, order)
    return {"ref": ref, "first": first, "baseline": baseline, "legs": legs}
