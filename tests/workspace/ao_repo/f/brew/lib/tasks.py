"""Tasks every brewhouse workflow shares."""

from wmill import task, task_script

from f.brew.lib.sensors import read_gravity

log_gravity = task_script("f/brew_ops/log_gravity")
label_kegs = task_script("f/brew_ops/label_kegs")


@task
async def ferment_check(batch_id: str, vessel: str, target_sg: float) -> dict:
    """Target gravity became required when the cellar stopped using one default."""
    sg = read_gravity(vessel, live=True)
    return {"batch_id": batch_id, "vessel": vessel, "sg": sg, "done": sg <= target_sg}


@task(timeout=300)
async def dump_to_drain(vessel: str, litres: float) -> dict:
    return {"vessel": vessel, "dumped": litres}
