# SDK: wmill 1.850.0 client.py: sleep() suspends server-side between health checks; the loop's bound is an input and each check is a task, so every replay walks the same keys (check_health, check_health_2, ...).
from wmill import TaskError, sleep, task, workflow


@task(timeout=300)
async def set_image(namespace: str, deployment: str, image: str) -> str:
    from kubernetes import client, config

    config.load_incluster_config()
    apps = client.AppsV1Api()
    body = {"spec": {"template": {"spec": {"containers": [{"name": deployment, "image": image}]}}}}
    apps.patch_namespaced_deployment(deployment, namespace, body)
    return image


@task(timeout=60)
async def check_health(namespace: str, deployment: str) -> dict:
    return {"ready": 3, "desired": 3}


@task()
async def rollback(namespace: str, deployment: str, image: str) -> str:
    return image


@workflow
async def main(namespace: str, deployment: str, image: str, previous_image: str, checks: int = 5, interval_s: int = 60):
    await set_image(namespace, deployment, image)
    for attempt in range(checks):
        await sleep(interval_s)
        try:
            health = await check_health(namespace, deployment)
        except TaskError:
            continue
        if health["ready"] == health["desired"]:
            return {"status": "rolled_out", "after_checks": attempt + 1}
    await rollback(namespace, deployment, previous_image)
    return {"status": "rolled_back"}
