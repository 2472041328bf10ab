import requests
import wmill


def main(queue: list):
    dome = wmill.get_resource("f/observatory/dome_controller")
    requests.post(f"{dome['url']}/queue", json={"queue": queue}, timeout=10).raise_for_status()
    return {"posted": len(queue)}
