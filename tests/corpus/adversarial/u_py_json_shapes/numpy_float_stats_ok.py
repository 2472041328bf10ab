# SDK: wmill 1.850.0 json.dumps writes a numpy float64 as a JSON number (float64 subclasses float); mean and percentile of an array are float64, so the body compares numbers
import numpy as np
from wmill import task, workflow


@task()
async def latency_stats(service: str, minutes: int) -> dict:
    import requests

    resp = requests.get(
        "https://prometheus.internal/api/v1/query_range",
        params={"query": f'http_latency_ms{{service="{service}"}}', "step": "15s", "range": f"{minutes}m"},
        timeout=30,
    )
    samples = np.array([float(v) for _, v in resp.json()["data"]["result"][0]["values"]])
    return {"mean": samples.mean(), "p95": np.percentile(samples, 95), "max": float(samples.max())}


@task()
async def scale_out(service: str, replicas: int) -> None:
    from kubernetes import client, config

    config.load_incluster_config()
    client.AppsV1Api().patch_namespaced_deployment_scale(service, "prod", {"spec": {"replicas": replicas}})


@workflow
async def main(service: str, slo_ms: float = 250.0, replicas: int = 6):
    stats = await latency_stats(service, 15)
    if stats["p95"] > slo_ms:
        await scale_out(service, replicas)
        return {"scaled": True, "p95": stats["p95"]}
    return {"scaled": False, "p95": stats["p95"], "mean": stats["mean"]}
