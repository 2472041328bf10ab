# SDK: wmill 1.850.0 client.py task_script(): the wrapper takes the script's parameters as keywords and sends them as the job's args.
from wmill import task_script, workflow

resize = task_script("f/media/resize_image", timeout=120, tag="gpu")


@workflow
async def main(image_url: str, sizes: list[int]):
    out = []
    for size in sizes:
        out.append(await resize(url=image_url, width=size))
    return out
