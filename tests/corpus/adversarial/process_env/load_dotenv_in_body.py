# SDK: wmill 1.850.0 client.py: the body runs in every round; load_dotenv() reads a .env file from the worker's disk each time.
import os

from dotenv import load_dotenv
from wmill import task, workflow


@task()
async def post_digest(channel: str) -> bool:
    return bool(os.environ.get("SLACK_TOKEN"))


@workflow
async def main(channel: str):
    load_dotenv()  # expect: WAC101
    return await post_digest(channel)
