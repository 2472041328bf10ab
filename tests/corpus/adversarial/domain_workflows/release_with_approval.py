# SDK: wmill 1.850.0 client.py: the body reruns in every round; the release tag is built from the clock in the body, and two approvals share one explicit key (_alloc_key raises on a taken key).
import logging
from datetime import datetime, timezone

from wmill import get_approval_urls, step, task, task_flow, wait_for_approval, workflow

log = logging.getLogger(__name__)

run_e2e = task_flow("f/ci/e2e_suite", timeout=1800)


@task(timeout=900, tag="docker")
async def build_image(repo: str, sha: str, tag: str) -> dict:
    return {"image": f"registry.example.com/{repo}:{tag}"}


@task(timeout=600)
async def deploy(env: str, image: str) -> dict:
    return {"env": env, "image": image}


@task()
async def post_slack(channel: str, text: str) -> bool:
    return True


@workflow
async def main(repo: str, sha: str, channel: str = "#releases"):
    tag = "v" + datetime.now(timezone.utc).strftime("%Y.%m.%d.%H%M")  # expect: WAC102
    built = await build_image(repo, sha, tag)
    suite = await run_e2e(image=built["image"], repo=repo)
    if not suite.get("passed"):
        return {"status": "failed"}

    urls = await step("qa_urls", lambda: get_approval_urls("signoff"))
    await post_slack(channel, f"QA sign-off for {tag}: {urls['approvalPage']}")
    qa = await wait_for_approval(key="signoff", timeout=3600)
    if not qa["approved"]:
        return {"status": "rejected_by_qa"}
    await deploy("staging", built["image"])

    await post_slack(channel, f"Prod sign-off for {tag}: {urls['approvalPage']}")
    prod = await wait_for_approval(key="signoff", timeout=3600)  # expect: WAC303
    if not prod["approved"]:
        return {"status": "rejected_for_prod"}
    return await deploy("production", built["image"])
