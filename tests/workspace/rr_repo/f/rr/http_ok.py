from wmill import task, workflow

from f.common.http import post


@task()
async def send(request: dict) -> int:
    return len(request)


@workflow
async def main(amount: int):
    request = post("https://pay.example.com/charge", {"amount": amount})
    return await send(request=request)
