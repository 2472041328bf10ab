from wmill import task, workflow

try:
    from f.lib.pure_fmt import fmt
except ImportError:

    def fmt(amount: float) -> str:
        return str(amount)


@task()
async def total(amounts: list) -> float:
    return sum(amounts)


@workflow
async def main(amounts: list):
    return fmt(await total(amounts))
