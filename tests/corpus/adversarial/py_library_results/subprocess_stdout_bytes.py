# SDK: wmill 1.850.0 client.py: subprocess.run without text=True captures bytes, which json.dumps(default=str) writes as "b'3f2a...\\n'", so the tag gets the repr.
import subprocess

from wmill import task, workflow


@task()
async def head_commit(repo_dir: str):
    out = subprocess.run(["git", "rev-parse", "HEAD"], cwd=repo_dir, capture_output=True, check=True)
    return out.stdout  # expect: WAC107


@task()
async def tag_release(repo_dir: str, sha: str, tag: str) -> str:
    return f"{tag}@{sha[:8]}"


@workflow
async def main(repo_dir: str, tag: str):
    sha = await head_commit(repo_dir)
    return await tag_release(repo_dir, sha, tag)
