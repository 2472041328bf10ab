from wmill import workflow

from f.common.github_api import GitHubApi


@workflow
async def main(org: str):
    api = GitHubApi()
    return api.repos(org)  # expect: WAC101
