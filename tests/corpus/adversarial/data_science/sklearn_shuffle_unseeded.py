# SDK: wmill 1.850.0 client.py replays the body; sklearn.utils.shuffle without random_state uses numpy's global state, so the batches sent to the tasks change between replays.
from sklearn.utils import shuffle
from wmill import task, workflow


@task()
async def annotate(batch: list) -> int:
    return len(batch)


@workflow
async def main(items: list):
    mixed = shuffle(items)  # expect: WAC102
    return [await annotate(mixed[i : i + 10]) for i in range(0, len(mixed), 10)]
