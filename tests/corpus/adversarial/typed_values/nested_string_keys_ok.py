# SDK: wmill 1.850.0 client.py: the inner dict's keys are strings ("a->b"), which JSON objects hold.
from wmill import task, workflow


@task()
async def route_matrix(cities: list[str]) -> dict:
    distances = {f"{a}->{b}": abs(len(a) - len(b)) for a in cities for b in cities}
    return {"cities": cities, "distances": distances}


@workflow
async def main(cities: list[str]):
    matrix = await route_matrix(cities)
    return len(matrix["distances"])
