# SDK: wmill 1.850.0 client.py: a bare except that re-raises at once lets _StepSuspend continue to _run_workflow_async unchanged.
from wmill import task, workflow


@task()
async def provision_vm(vm_name: str, size: str) -> dict:
    return {"name": vm_name, "ip": "10.0.0.12"}


@workflow
async def main(name: str, size: str = "small"):
    attempt = {"name": name, "size": size}
    try:
        vm = await provision_vm(name, size)
    except:  # noqa: E722
        attempt["failed"] = True
        raise
    return {**attempt, **vm}
