# SDK: wmill 1.850.0 client.py: the method runs in the workflow body when awaited; its bare except catches the task's _StepSuspend.
from wmill import task, workflow


@task()
async def lookup_rate(currency: str) -> float:
    return 1.1


class Converter:
    def __init__(self, fallback: float) -> None:
        self.fallback = fallback

    async def rate(self, currency: str) -> float:
        try:
            return await lookup_rate(currency)
        except:  # noqa: E722
            return self.fallback


@workflow
async def main(amount: float, currency: str):
    converter = Converter(fallback=1.0)
    rate = await converter.rate(currency)  # expect: WAC201
    return {"converted": amount * rate}
