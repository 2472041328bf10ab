# SDK: wmill 1.850.0 client.py: step() checkpoints fn's JSON result; grade_bands is a pure table
from wmill import step, task, workflow

from f.platform.clock import payroll_cutoff
from f.platform.rates import fx_rates, grade_bands


@task(timeout=900)
async def run_payroll(period: str, cutoff: str, rates: dict) -> dict:
    return {"period": period, "cutoff": cutoff, "currencies": sorted(rates)}


@workflow
async def main(period: str, grade: str = "L2"):
    band = grade_bands()[grade]
    cutoff = await step("cutoff", lambda: payroll_cutoff(period).isoformat())
    rates = await step("fx_rates", fx_rates)
    result = await run_payroll(period=period, cutoff=cutoff, rates=rates)
    return {"band": list(band), **result}
