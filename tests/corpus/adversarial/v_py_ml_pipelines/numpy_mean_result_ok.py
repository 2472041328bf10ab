# SDK: wmill 1.850.0: a task result crosses JSON; np.float64 subclasses float and json.dumps writes it as a number; float() of np.int64 is a number too
"""Forecast backtest: error metrics computed with numpy inside the task."""
from wmill import task, workflow


@task(timeout=1800)
async def backtest(series_id: str, horizon: int) -> dict:
    import numpy as np
    import wmill

    rows = wmill.datatable("forecast").query(
        "select actual, predicted from backtests where series_id = $1 and horizon = $2 order by ts", series_id, horizon
    ).fetch()
    actual = np.array([r["actual"] for r in rows], dtype=float)
    predicted = np.array([r["predicted"] for r in rows], dtype=float)
    err = actual - predicted
    return {
        "series": series_id,
        "mae": np.mean(np.abs(err)),
        "rmse": float(np.sqrt(np.mean(err**2))),
        "worst_index": int(np.argmax(np.abs(err))),
        "n": len(rows),
    }


@workflow
async def main(series_ids: list[str], horizon: int = 7, max_mae: float = 5.0):
    reports = [await backtest(s, horizon) for s in series_ids]
    failing = [r["series"] for r in reports if r["mae"] > max_mae]
    return {"reports": reports, "failing": failing}
