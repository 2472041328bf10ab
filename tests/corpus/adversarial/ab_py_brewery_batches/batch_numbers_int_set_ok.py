# SDK: wmill 1.850.0 _alloc_key keys by call order; a set of ints iterates in the same order in every process (int hash is the int itself)
from wmill import task, workflow


@task()
async def list_open_batches(brewery: str) -> list[int]:
    # batch numbers from the production log; re-brews repeat a number
    return [2611, 2614, 2611, 2620, 2617]


@task()
async def close_batch(batch_no: int) -> dict:
    return {"batch": batch_no, "closed": True}


@task()
async def sample_gravity(batch_no: int, day: int) -> float:
    return 1.010


@workflow
async def main(brewery: str = "north-dock", days: int = 3):
    batch_numbers = await list_open_batches(brewery)

    closed = []
    for batch_no in set(batch_numbers):
        closed.append(await close_batch(batch_no))

    samples = {}
    for day in {d for d in range(days)}:
        samples[day] = await sample_gravity(batch_numbers[0], day)

    return {"closed": closed, "samples": samples}
