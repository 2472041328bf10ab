# SDK: wmill 1.850.0 a plain script: get_flow_user_state / set_flow_user_state (client.py 2221, 2229) share the last registered chip with later steps of the flow; requests with a retry adapter; a broad except around each registry call; not a workflow
import requests
import wmill
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

REGISTRY = "https://registry.petchip.example/v2"


def session(token: str) -> requests.Session:
    s = requests.Session()
    s.headers["Authorization"] = f"Bearer {token}"
    s.mount("https://", HTTPAdapter(max_retries=Retry(total=3, backoff_factor=1, status_forcelist=[502, 503, 504])))
    return s


def main(registry: dict, adoptions: list[dict]):
    s = session(registry["token"])
    done, failed = [], []
    for a in adoptions:
        chip = a["chip"].replace(" ", "")
        if len(chip) != 15 or not chip.isdigit():
            failed.append({"chip": chip, "error": "not an ISO 11784 chip number"})
            continue
        try:
            r = s.put(f"{REGISTRY}/chips/{chip}/owner", json={"name": a["owner"], "phone": a["phone"], "email": a["email"]}, timeout=20)
            r.raise_for_status()
            done.append(chip)
        except Exception as exc:
            failed.append({"chip": chip, "error": str(exc)})
    if done:
        wmill.set_flow_user_state("last_chip", done[-1])
    previous = wmill.get_flow_user_state("registered_total") or 0
    wmill.set_flow_user_state("registered_total", previous + len(done))
    return {"registered": done, "failed": failed}
