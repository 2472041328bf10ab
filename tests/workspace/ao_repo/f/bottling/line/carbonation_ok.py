"""Compare a tank's carbonation with the style's limits before bottling."""

from wmill import step, workflow

from f.bottling.lib.config import QUIET, REFRESH
from f.bottling.lib.fill import co2_limits


@workflow
async def main(style: str, co2_vol: float):
    fresh = await step("limits", lambda: co2_limits(style, **REFRESH))
    usual = co2_limits(style, **QUIET)
    ok = fresh["min"] <= co2_vol <= fresh["max"]
    return {"ok": ok, "usual": usual}
