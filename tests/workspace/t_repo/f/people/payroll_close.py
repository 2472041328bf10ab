# SDK: wmill 1.850.0 client.py: step() returns _json_round_trip(result) (a date comes back as a string); lru_cache is per process and each round is a new process
from wmill import step, task, workflow

from ..platform.clock import payroll_cutoff
from f.platform.rates import fx_rates, grade_bands


@task(timeout=900)
async def run_payroll(period: str, cutoff: str, rates: dict) -> dict:
    return {"period": period, "cutoff": cutoff, "currencies": sorted(rates)}


@workflow
async def main(period: str, grade: str = "L2"):
    band = grade_bands()[grade]
    cutoff = await step("cutoff", lambda: payroll_cutoff(period))  # expect: WAC107
    rates = fx_rates()  # expect: WAC101
    result = await run_payroll(period=period, cutoff=cutoff.isoformat(), rates=rates)
    return {"band": list(band), **result}
