# SDK: wmill 1.850.0 workflow(); f/common/config fetches its flags with requests.get when imported
from wmill import task, workflow

from f.common.config import flag  # expect: WAC101


@task()
async def release_wave(wave_id: str, express: bool) -> dict:
    return {"wave": wave_id, "express": express}


@workflow
async def main(wave_id: str):
    return await release_wave(wave_id, flag("express_waves"))
