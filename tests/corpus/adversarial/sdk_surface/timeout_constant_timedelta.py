# SDK: wmill 1.850.0 client.py: `task_script(timeout: Optional[int])` copies the value into the dispatch unconverted; `LONG` is a `timedelta`, not seconds.
from datetime import timedelta

from wmill import task_script, workflow

LONG = timedelta(hours=2)

train = task_script("f/ml/train", timeout=LONG, tag="gpu")  # expect: WAC302


@workflow
async def main(dataset: str):
    return await train(dataset=dataset)
