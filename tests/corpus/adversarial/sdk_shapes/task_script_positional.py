# SDK: wmill 1.850.0 client.py task_script(): the wrapper is `def wrapper(**kwargs)`, so a positional argument is a TypeError.
from wmill import task_script, workflow

resize = task_script("f/media/resize_image")


@workflow
async def main(image_url: str):
    return await resize(image_url, 512)  # expect: WAC301
