# SDK: wmill 1.850.0 client.py: TaskError(Exception) is what a failed task raises; ValueError comes from the local int() parse in the same try.
from wmill import TaskError, task, workflow


@task()
async def read_meter(meter_id: str) -> str:
    return "42"


@workflow
async def main(meter_id: str):
    try:
        reading = int(await read_meter(meter_id))
    except (TaskError, ValueError) as err:
        return {"meter": meter_id, "error": str(err)}
    return {"meter": meter_id, "reading": reading}
