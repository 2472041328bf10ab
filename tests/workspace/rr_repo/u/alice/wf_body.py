import requests
from wmill import task, workflow


@task()
async def store(text: str) -> str:
    return text


@workflow
async def main(url: str):
    page = requests.get(url, timeout=10).text  # expect: WAC101
    return await store(text=page)
