# SDK: wmill 1.850.0 a task runs once as its own job: rendering and uploading the chart there writes the file once; the body only reshapes task results
import pandas as pd
from wmill import task, workflow


@task(timeout=600)
async def churn_by_plan(quarter: str) -> list[dict]:
    import psycopg

    with psycopg.connect("postgresql://analyst@warehouse.internal/product") as conn:
        cur = conn.execute(
            "SELECT plan, month, churn_rate FROM churn_monthly WHERE quarter = %s ORDER BY month", (quarter,)
        )
        cols = [c.name for c in cur.description]
        return [dict(zip(cols, row)) for row in cur.fetchall()]


@task(timeout=300)
async def render_and_upload(quarter: str, rows: list[dict]) -> str:
    import boto3
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    pivot = pd.DataFrame(rows).pivot(index="month", columns="plan", values="churn_rate")
    ax = pivot.plot(kind="line", marker="o", figsize=(8, 4), title=f"Churn by plan, {quarter}")
    ax.set_ylabel("monthly churn rate")
    path = f"/tmp/churn_{quarter}.png"
    plt.savefig(path, dpi=150, bbox_inches="tight")
    plt.close("all")
    key = f"charts/churn/{quarter}.png"
    boto3.client("s3").upload_file(path, "analytics-reports", key)
    return f"s3://analytics-reports/{key}"


@workflow
async def main(quarter: str):
    rows = await churn_by_plan(quarter)
    plans = sorted({r["plan"] for r in rows})
    uri = await render_and_upload(quarter, rows)
    return {"chart": uri, "plans": plans}
