# SDK: wmill 1.850.0 client.py: get_resource, get_variable and TaskError are not WAC parser names, so aliasing them hides nothing; task and workflow are imported by their exact names.
import wmill
from wmill import TaskError as TaskFailed
from wmill import get_resource as load_resource
from wmill import task, workflow


@task()
async def post_to_slack(channel: str, text: str) -> bool:
    slack = load_resource("f/chatops/slack_bot")
    token = wmill.get_variable("f/chatops/slack_token")
    return bool(slack) and bool(token) and bool(channel) and bool(text)


@workflow
async def main(channel: str, incidents: list[str]):
    sent = 0
    for incident in incidents:
        try:
            if await post_to_slack(channel, f"Incident {incident} resolved"):
                sent += 1
        except TaskFailed:
            continue
    return {"sent": sent}
