# SDK: wmill 1.850.0 client.py task_script(path) returns a wrapper taking keyword arguments; awaited in the workflow, it is dispatched and its result checkpointed. logging calls are not I/O the guide forbids.
import hashlib
import hmac
import logging

from wmill import task, task_script, workflow

logging.basicConfig(level=logging.INFO)
logger = logging.getLogger(__name__)

fetch_repo_scripts = task_script("./fetch_repo_scripts.py")
push_to_rmm = task_script("./push_to_rmm.py")


@task()
async def verify_signature(body: str, signature: str, secret: str) -> bool:
    if not signature or "=" not in signature:
        return False
    algo, digest = signature.split("=", 1)
    expected = hmac.new(secret.encode(), msg=body.encode(), digestmod=hashlib.sha256).hexdigest()
    return algo == "sha256" and hmac.compare_digest(expected, digest)


@workflow
async def main(body: dict, raw_body: str, x_hub_signature_256: str, x_github_event: str, secret: str):
    if not await verify_signature(raw_body, x_hub_signature_256, secret):
        logger.error("signature check failed")
        return {"status": "rejected"}

    scripts = await fetch_repo_scripts(payload=body, event=x_github_event)
    pushed = await push_to_rmm(scripts=scripts)
    return {"status": "ok" if pushed else "push failed"}
