# SDK: wmill 1.850.0 client.py get_variable/get_resource are API helpers; inside a @task body they run once in the task's own job.
import wmill
from wmill import task, workflow


@task()
async def post_to_jira(project: str, summary: str) -> str:
    creds = wmill.get_resource("f/integrations/jira")
    token = wmill.get_variable("f/integrations/jira_token")
    import requests

    resp = requests.post(
        f"{creds['url']}/rest/api/2/issue",
        headers={"Authorization": f"Bearer {token}"},
        json={"fields": {"project": {"key": project}, "summary": summary}},
    )
    return resp.json()["key"]


@workflow
async def main(project: str, summaries: list[str]):
    keys = []
    for summary in summaries:
        keys.append(await post_to_jira(project, summary))
    return keys
