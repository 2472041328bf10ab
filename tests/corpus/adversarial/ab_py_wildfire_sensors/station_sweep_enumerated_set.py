# SDK: wmill 1.850.0 _alloc_key numbers calls of one task in call order; a set of str iterates in a per-process order
import itertools

from wmill import task, workflow


@task()
async def stations_in_perimeter(fire_id: str) -> list[str]:
    return ["ridge-07", "canyon-12", "ridge-07", "mesa-03"]


@task()
async def arm_station(station: str, slot: int) -> dict:
    return {"station": station, "slot": slot}


@task()
async def calibrate(station: str) -> bool:
    return True


@workflow
async def main(fire_id: str, max_calibrations: int = 2):
    stations = await stations_in_perimeter(fire_id)

    armed = []
    for slot, station in enumerate(set(stations)):  # expect: WAC105
        armed.append(await arm_station(station, slot))

    calibrated = []
    for station in itertools.islice(set(stations), max_calibrations):  # expect: WAC105
        calibrated.append(await calibrate(station))

    return {"armed": armed, "calibrated": calibrated}
