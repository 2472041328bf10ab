# SDK: wmill 1.850.0 client.py: the body re-runs every round; PyGithub `create_issue` opens a new issue each round.
from github import Auth, Github

from wmill import task, workflow

gh = Github(auth=Auth.Token("ghp_token"))


@task()
async def run_checks(repo: str) -> list[str]:
    return ["lint failed"]


@workflow
async def main(repo: str):
    failures = await run_checks(repo)
    if failures:
        gh.get_repo(repo).create_issue(title="Nightly checks failed", body="\n".join(failures))  # expect: WAC101
    return failures
