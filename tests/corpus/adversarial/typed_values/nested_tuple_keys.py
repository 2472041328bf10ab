# SDK: wmill 1.850.0 client.py: json.dumps raises TypeError on the tuple keys of the inner dict (default=str does not apply to keys), so the task's job fails.
from wmill import task, workflow


@task()
async def route_matrix(cities: list[str]) -> dict:
    distances = {(a, b): abs(len(a) - len(b)) for a in cities for b in cities}
    return {"cities": cities, "distances": distances}  # expect: WAC107


@workflow
async def main(cities: list[str]):
    matrix = await route_matrix(cities)
    return len(matrix["distances"])
