# Cut a release: compute the version once (checkpointed), build artifacts on a
# build worker, publish the GitHub release and announce it.
import uuid

from wmill import task, task_flow, workflow, step
import requests

build_artifacts = task_flow("f/ci/build_all_platforms", timeout=3600)


@task()
async def latest_tag(repo: str, token: str) -> str:
    resp = requests.get(f"https://api.github.com/repos/{repo}/releases/latest", headers={"Authorization": f"Bearer {token}"}, timeout=30)
    return resp.json().get("tag_name", "v0.0.0")


@task()
async def create_release(repo: str, token: str, tag: str, artifacts: list) -> str:
    resp = requests.post(
        f"https://api.github.com/repos/{repo}/releases",
        headers={"Authorization": f"Bearer {token}"},
        json={"tag_name": tag, "name": tag, "body": "\n".join(artifacts)},
        timeout=30,
    )
    resp.raise_for_status()
    return resp.json()["html_url"]


@task()
async def announce(url: str, tag: str):
    requests.post("https://hooks.slack.example/releases", json={"text": f"Released {tag}: {url}"}, timeout=10)


def bump(tag: str, part: str) -> str:
    major, minor, patch = (int(x) for x in tag.lstrip("v").split("."))
    if part == "major":
        return f"v{major + 1}.0.0"
    if part == "minor":
        return f"v{major}.{minor + 1}.0"
    return f"v{major}.{minor}.{patch + 1}"


@workflow
async def main(repo: str, github_token: str, part: str = "patch"):
    build_id = await step("build_id", lambda: str(uuid.uuid4()))
    previous = await latest_tag(repo, github_token)
    tag = bump(previous, part)
    artifacts = await build_artifacts(repo=repo, ref="main", build_id=build_id)
    url = await create_release(repo, github_token, tag, artifacts["files"])
    await announce(url, tag)
    return {"tag": tag, "url": url, "build_id": build_id}
