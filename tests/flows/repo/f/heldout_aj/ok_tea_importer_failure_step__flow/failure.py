import requests
import wmill


def main(container_no: str, message: str, team: str = "ops"):
    hooks = wmill.get_resource("f/tea/team_webhooks")
    requests.post(hooks[team], json={"text": f"Container {container_no} failed: {message}"}, timeout=10)
    return {"notified": team}
