# SDK: wmill 1.850.0 client.py: with text=True subprocess.run captures str, which survives the task's JSON round trip.
import subprocess

from wmill import task, workflow


@task()
async def head_commit(repo_dir: str) -> str:
    out = subprocess.run(["git", "rev-parse", "HEAD"], cwd=repo_dir, capture_output=True, text=True, check=True)
    return out.stdout.strip()


@task()
async def tag_release(repo_dir: str, sha: str, tag: str) -> str:
    return f"{tag}@{sha[:8]}"


@workflow
async def main(repo_dir: str, tag: str):
    sha = await head_commit(repo_dir)
    return await tag_release(repo_dir, sha, tag)
