# SDK: wmill 1.850.0 the body runs again in a new process each round; writing the chart to disk in the body repeats the write (and the file is not where the next round's worker runs)
import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt
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


@task()
async def upload_chart(quarter: str, path: str) -> str:
    import boto3

    s3 = boto3.client("s3")
    key = f"charts/churn/{quarter}.png"
    s3.upload_file(path, "analytics-reports", key)
    return f"s3://analytics-reports/{key}"


@workflow
async def main(quarter: str):
    rows = await churn_by_plan(quarter)
    df = pd.DataFrame(rows)
    pivot = df.pivot(index="month", columns="plan", values="churn_rate")
    ax = pivot.plot(kind="line", marker="o", figsize=(8, 4), title=f"Churn by plan, {quarter}")
    ax.set_ylabel("monthly churn rate")
    path = f"/tmp/churn_{quarter}.png"
    plt.savefig(path, dpi=150, bbox_inches="tight")  # expect: WAC101
    plt.close("all")
    uri = await upload_chart(quarter, path)
    return {"chart": uri, "plans": sorted(pivot.columns.tolist())}
