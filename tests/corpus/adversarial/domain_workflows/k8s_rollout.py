# SDK: wmill 1.850.0 client.py: the body reruns in every round; the kubernetes client patches the deployment from the body (again on every replay), and the readiness poll waits with time.sleep, holding the worker.
import time

from kubernetes import client, config
from wmill import task, workflow


@task(timeout=60)
async def check_health(namespace: str, deployment: str) -> dict:
    return {"ready": 3, "desired": 3}


@task()
async def rollback(namespace: str, deployment: str, image: str) -> str:
    return image


@workflow
async def main(namespace: str, deployment: str, image: str, previous_image: str, checks: int = 5):
    config.load_incluster_config()
    apps = client.AppsV1Api()
    body = {"spec": {"template": {"spec": {"containers": [{"name": deployment, "image": image}]}}}}
    apps.patch_namespaced_deployment(deployment, namespace, body)  # expect: WAC101
    for _ in range(checks):
        time.sleep(60)  # expect: WAC101
        health = await check_health(namespace, deployment)
        if health["ready"] == health["desired"]:
            return {"status": "rolled_out"}
    await rollback(namespace, deployment, previous_image)
    return {"status": "rolled_back"}
