# SDK: wmill 1.850.0 client.py: the body re-runs every round; atlassian-python-api `Jira.issue_create` files a ticket each round.
from atlassian import Jira

from wmill import task, workflow

jira = Jira(url="https://acme.atlassian.net", username="bot@acme.com", password="token", cloud=True)


@task()
async def scan(repo: str) -> list[str]:
    return ["CVE-2024-0001"]


@workflow
async def main(repo: str):
    findings = await scan(repo)
    if findings:
        jira.issue_create(fields={"project": {"key": "SEC"}, "summary": f"{len(findings)} CVEs in {repo}", "issuetype": {"name": "Bug"}})  # expect: WAC101
    return findings
