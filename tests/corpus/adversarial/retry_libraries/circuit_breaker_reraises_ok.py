# SDK: wmill 1.850.0 client.py: the breaker counts the _StepSuspend (a BaseException) and re-raises it, so the task is dispatched; the counter lives in this round's memory and starts at zero in every replay.
from wmill import task, workflow


class Breaker:
    def __init__(self, threshold: int = 3) -> None:
        self.threshold = threshold
        self.failures = 0

    async def call(self, fn, *args):
        if self.failures >= self.threshold:
            raise RuntimeError("circuit open")
        try:
            return await fn(*args)
        except BaseException:
            self.failures += 1
            raise


@task()
async def fetch_rates(currency: str) -> dict:
    return {"currency": currency, "rate": 1.08}


@workflow
async def main(currencies: list[str]):
    breaker = Breaker()
    rates = {}
    for currency in currencies:
        rates[currency] = await breaker.call(fetch_rates, currency)
    return rates
