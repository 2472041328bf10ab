"""Tasks every RCC workflow shares."""

from wmill import task, task_script

from f.rcc.lib.paths import Scripts, ops_script

provision = task_script(Scripts.PROVISION, timeout=600)
purge = task_script(ops_script("purge_scratch"), timeout=3600)
submit_batch = task_script(Scripts.SBATCH)


@task(path=Scripts.SET_QUOTA)
async def set_quota(project: str, tib: int, reason: str):
    """Runs f/rcc_ops/set_quota with these arguments."""


@task(timeout=3600, tag="dtn")
async def stage_in(project: str, paths: list[str]) -> dict:
    import subprocess

    out = subprocess.run(["rsync", "-a", *paths, f"/scratch/{project}/"], capture_output=True, text=True)
    return {"project": project, "rc": out.returncode}
