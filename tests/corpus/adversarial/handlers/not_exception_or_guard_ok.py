# SDK: wmill 1.850.0 client.py: _StepSuspend is not an Exception, so `not isinstance(e, Exception) or ...` is true for it and the handler re-raises it.
from wmill import TaskError, task, workflow


@task()
async def reserve_room(room_id: str, day: str) -> dict:
    return {"room": room_id, "day": day}


@workflow
async def main(room_id: str, days: list[str]):
    booked = []
    for day in days:
        try:
            booked.append(await reserve_room(room_id, day))
        except BaseException as exc:
            if not isinstance(exc, Exception) or not isinstance(exc, TaskError):
                raise
            print(f"could not book {day}: {exc}")
    return booked
