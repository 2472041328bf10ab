# SDK: wmill 1.850.0 client.py: `durable = task` is the same decorator at run time; Windmill's parser only sees the literal name `task` (windmill-oracle dag: no step for `@durable()`).
from wmill import task, workflow

durable = task  # expect: WAC001


@durable()
async def resize_image(key: str, width: int) -> str:
    return f"{key}@{width}"


@workflow
async def main(keys: list[str]):
    return [await resize_image(k, 640) for k in keys]
