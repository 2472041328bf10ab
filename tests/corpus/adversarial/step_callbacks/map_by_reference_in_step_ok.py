# SDK: wmill 1.850.0 client.py _run_inline_step: the lambda (and the requests.get calls map makes in it) runs once, then replays from the checkpoint.
import requests
from wmill import step, task, workflow


@task()
async def index_pages(pages: list[str]) -> int:
    return len(pages)


@workflow
async def main(urls: list[str]):
    bodies = await step("bodies", lambda: [r.text for r in map(requests.get, urls)])
    return {"indexed": await index_pages(bodies)}
