# SDK: wmill 1.850.0: wmill/client.py defines task_script; imported from the submodule under another name it still runs, but the WAC parser recognises only the literal `task_script`.
from wmill import workflow
from wmill.client import task_script as script_task  # expect: WAC001

geocode = script_task("f/geo/geocode_address", timeout=120)


@workflow
async def main(addresses: list[str]):
    points = []
    for address in addresses:
        points.append(await geocode(address=address))
    return points
