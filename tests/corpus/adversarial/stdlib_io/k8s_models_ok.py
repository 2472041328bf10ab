# SDK: wmill 1.850.0 client.py: the body re-runs on every replay; kubernetes `V1*` model objects are plain data built from the inputs, and the API call is in the task.
from kubernetes import client as k8s
from wmill import task, workflow


@task()
async def apply_job(namespace: str, manifest: dict) -> str:
    k8s.BatchV1Api().create_namespaced_job(namespace, manifest)
    return manifest["metadata"]["name"]


@workflow
async def main(namespace: str, image: str, run_id: str):
    container = k8s.V1Container(name="etl", image=image, args=["--run", run_id])
    spec = k8s.V1PodSpec(containers=[container], restart_policy="Never")
    job = k8s.V1Job(
        metadata=k8s.V1ObjectMeta(name=f"etl-{run_id}"),
        spec=k8s.V1JobSpec(template=k8s.V1PodTemplateSpec(spec=spec), backoff_limit=2),
    )
    manifest = k8s.ApiClient().sanitize_for_serialization(job)
    return await apply_job(namespace, manifest)
