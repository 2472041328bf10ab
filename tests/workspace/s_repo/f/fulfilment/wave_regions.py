# SDK: wmill 1.850.0 checkpoint keys follow call order (_alloc_key); a set of str iterates in
# salted hash order (added after the blind round: a set another module's function returns)
from wmill import task, workflow

from f.common.regions import active_regions


@task()
async def release_wave(region: str, wave_id: str) -> dict:
    return {"region": region, "wave": wave_id}


@workflow
async def main(wave_id: str):
    released = []
    for region in active_regions():  # expect: WAC105
        released.append(await release_wave(region, wave_id))
    return {"released": released}
