# SDK: wmill 1.850.0 client.py task_script(path) returns a wrapper whose call, in a workflow, returns a coroutine; a coroutine never awaited is never dispatched (the truth test of it is always true).
import hashlib
import hmac
import logging

from wmill import task, task_script, workflow

logging.basicConfig(level=logging.INFO)
logger = logging.getLogger(__name__)

# task_script() on a module file beside this one
fetch_repo_scripts = task_script("./fetch_repo_scripts.py")
push_to_rmm = task_script("./push_to_rmm.py")


@task()
async def verify_signature(body: str, signature: str, secret: str) -> bool:
    if not signature or "=" not in signature:
        return False
    algo, digest = signature.split("=", 1)
    if algo != "sha256":
        return False
    expected = hmac.new(secret.encode(), msg=body.encode(), digestmod=hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, digest)


@workflow
async def main(body: dict, raw_body: str, x_hub_signature_256: str, x_github_event: str, secret: str):
    if not await verify_signature(raw_body, x_hub_signature_256, secret):
        logger.error("signature check failed")
        return {"status": "rejected"}

    scripts = await fetch_repo_scripts(payload=body, event=x_github_event)
    logger.info("fetched %d scripts", len(scripts))

    pushed = push_to_rmm(scripts=scripts)  # expect: WAC106, WAC903
    if pushed:
        logger.info("pushed")
    return {"status": "ok"}
