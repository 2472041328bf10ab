"""Run the canary flow for a release, then decide whether to roll the fleet."""

from wmill import step, task_flow, task_script, workflow

from f.platform.tasks import post_slack

DEPLOY = "f/deploy"

canary = task_flow(f"{DEPLOY}/canary")
roll_fleet = task_script(f"{DEPLOY}/rollout_ok", timeout=3600)
escalate = task_flow("f/incidents/escalate")


@workflow
async def main(service: str, version: str, canary_node: str, fleet: list[str]):
    verdict = await canary(service=service, version=version, canary_node=canary_node)
    if not verdict:
        await escalate(sev=2, title=f"canary of {service} {version} failed", host=canary_node)
        return {"service": service, "version": version, "status": "canary-failed"}

    summary = await step("plan", lambda: f"{service} {version}: rolling {len(fleet)} hosts")
    await post_slack("#deploys", summary)
    rolled = await roll_fleet(service=service, hosts=fleet, canary=canary_node, require_approval=False)
    return {"service": service, "version": version, "status": "rolled", "result": rolled}
