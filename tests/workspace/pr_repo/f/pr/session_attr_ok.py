from wmill import task, workflow

from f.common.github_api import GitHubApi


@task()
async def list_repos(org: str) -> dict:
    return GitHubApi().repos(org)


@workflow
async def main(org: str):
    url = GitHubApi().repos_url(org)
    return [url, await list_repos(org=org)]
