# SDK: wmill 1.850.0 checkpoint keys follow call order; sorted regions keep it stable
# (added after the blind round)
from wmill import task, workflow

from f.common.regions import active_regions, region_order


@task()
async def release_wave(region: str, wave_id: str) -> dict:
    return {"region": region, "wave": wave_id}


@workflow
async def main(wave_id: str):
    released = []
    for region in sorted(active_regions()):
        released.append(await release_wave(region, wave_id))
    for region in region_order():
        released.append(await release_wave(region, f"{wave_id}-late"))
    return {"released": released}
