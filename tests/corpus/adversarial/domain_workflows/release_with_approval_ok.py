# SDK: wmill 1.850.0 client.py: get_approval_urls / wait_for_approval(key=...) per the docstring of wait_for_approval; the version tag and the clock are read in steps; task_flow children get JSON inputs built from task results.
import logging
from datetime import datetime, timezone

from wmill import TaskError, get_approval_urls, sleep, step, task, task_flow, wait_for_approval, workflow

log = logging.getLogger(__name__)

run_e2e = task_flow("f/ci/e2e_suite", timeout=1800)


@task(timeout=900, tag="docker")
async def build_image(repo: str, sha: str) -> dict:
    return {"image": f"registry.example.com/{repo}:{sha[:12]}", "digest": "sha256:abc"}


@task(timeout=600)
async def deploy(env: str, image: str) -> dict:
    return {"env": env, "image": image, "healthy": True}


@task()
async def post_slack(channel: str, text: str) -> bool:
    return True


@task()
async def rollback(env: str) -> bool:
    return True


@workflow
async def main(repo: str, sha: str, channel: str = "#releases", canary_minutes: int = 15):
    started = await step("started_at", lambda: datetime.now(timezone.utc).isoformat())
    built = await build_image(repo, sha)
    suite = await run_e2e(image=built["image"], repo=repo)
    if not suite.get("passed"):
        await post_slack(channel, f"{repo}@{sha[:7]}: e2e failed, release stopped")
        return {"status": "failed", "stage": "e2e"}

    staged = await deploy("staging", built["image"])
    urls = await step("prod_urls", lambda: get_approval_urls("prod"))
    await post_slack(channel, f"Release {sha[:7]} is on staging. Approve: {urls['approvalPage']}")
    decision = await wait_for_approval(key="prod", timeout=24 * 3600)
    if not decision["approved"]:
        return {"status": "rejected", "by": decision["approver"]}

    try:
        prod = await deploy("production", built["image"])
    except TaskError as e:
        log.error("deploy failed at %s: %s", e.step_key, e.result)
        await rollback("production")
        return {"status": "rolled_back"}

    await sleep(canary_minutes * 60)
    return {"status": "released", "since": started, "staging": staged, "prod": prod}
