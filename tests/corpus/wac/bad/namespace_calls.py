# MISTAKE: the WAC primitives are used through the module namespace
# (`import wmill` + `@wmill.workflow`). Windmill's WAC parser does not
# recognise them that way. (Other wmill helpers such as wmill.get_variable
# inside a task body are fine.)
import wmill
import requests


@wmill.task()  # expect: WAC002
async def list_new_users(since: str) -> list:
    token = wmill.get_variable("f/identity/api_token")
    resp = requests.get("https://identity.example/api/users", params={"created_after": since}, headers={"Authorization": f"Bearer {token}"}, timeout=30)
    return resp.json()


@wmill.task(timeout=300)  # expect: WAC002
async def provision_workspace(user: dict) -> str:
    resp = requests.post("https://workspaces.example/api", json={"owner": user["id"], "plan": user.get("plan", "free")}, timeout=60)
    return resp.json()["workspace_id"]


@wmill.workflow  # expect: WAC002
async def main(since: str):
    users = await list_new_users(since)
    provisioned = []
    for user in users:
        workspace_id = await provision_workspace(user)
        provisioned.append(workspace_id)
    await wmill.sleep(30)  # expect: WAC002
    approval = await wmill.wait_for_approval(timeout=3600)  # expect: WAC002
    return {"provisioned": provisioned, "approved_by": approval["approver"]}
