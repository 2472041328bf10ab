# Analyse a finished A/B test: pull exposures and conversions from the
# warehouse, compute significance, and write the verdict back to the
# experiment tracker.
from wmill import task, workflow
import wmill


@task
async def load_experiment_data(experiment_id: str) -> dict:
    import psycopg2

    conn = psycopg2.connect(**wmill.get_resource("f/warehouse/analytics_db"))
    with conn.cursor() as cur:
        cur.execute(
            "SELECT variant, count(*), sum(converted::int) FROM exposures WHERE experiment_id = %s GROUP BY variant",
            (experiment_id,),
        )
        return {variant: {"n": n, "conversions": c} for variant, n, c in cur.fetchall()}


@task
async def two_proportion_test(data: dict) -> dict:
    from math import sqrt
    from statistics import NormalDist

    a, b = data["control"], data["treatment"]
    p1, p2 = a["conversions"] / a["n"], b["conversions"] / b["n"]
    pooled = (a["conversions"] + b["conversions"]) / (a["n"] + b["n"])
    se = sqrt(pooled * (1 - pooled) * (1 / a["n"] + 1 / b["n"]))
    z = (p2 - p1) / se
    return {"lift": p2 - p1, "z": z, "p_value": 2 * (1 - NormalDist().cdf(abs(z)))}


@task
async def record_verdict(experiment_id: str, verdict: str, stats: dict):
    import requests

    token = wmill.get_variable("f/experiments/tracker_token")
    requests.post(
        f"https://experiments.example/api/{experiment_id}/verdict",
        headers={"Authorization": f"Bearer {token}"},
        json={"verdict": verdict, **stats},
        timeout=30,
    )


@workflow
async def main(experiment_id: str, alpha: float = 0.05):
    data = await load_experiment_data(experiment_id)
    stats = await two_proportion_test(data)
    if stats["p_value"] < alpha:
        verdict = "treatment_wins" if stats["lift"] > 0 else "control_wins"
    else:
        verdict = "inconclusive"
    await record_verdict(experiment_id, verdict, stats)
    return {"verdict": verdict, **stats}
