# SDK: wmill 1.850.0 step(name, fn) in a loop: _alloc_key gives "pipeline_status", "pipeline_status_2", ... in call order; fn's HTTP GET runs once per key and is replayed
import requests
from wmill import sleep, step, task, workflow

GITLAB = "https://gitlab.example.com/api/v4"


def pipeline_status(project_id: int, pipeline_id: int, token: str) -> str:
    resp = requests.get(
        f"{GITLAB}/projects/{project_id}/pipelines/{pipeline_id}",
        headers={"PRIVATE-TOKEN": token},
        timeout=15,
    )
    resp.raise_for_status()
    return resp.json()["status"]


@task()
async def trigger_pipeline(project_id: int, ref: str, token: str) -> int:
    resp = requests.post(
        f"{GITLAB}/projects/{project_id}/pipeline", headers={"PRIVATE-TOKEN": token}, json={"ref": ref}, timeout=15
    )
    resp.raise_for_status()
    return resp.json()["id"]


@workflow
async def main(project_id: int, ref: str, gitlab_token: str, max_polls: int = 60):
    pipeline_id = await trigger_pipeline(project_id, ref, gitlab_token)
    status = "created"
    polls = 0
    while status in ("created", "pending", "running", "waiting_for_resource") and polls < max_polls:
        await sleep(20)
        status = await step("pipeline_status", lambda: pipeline_status(project_id, pipeline_id, gitlab_token))
        polls += 1
    return {"pipeline": pipeline_id, "status": status, "polls": polls}
