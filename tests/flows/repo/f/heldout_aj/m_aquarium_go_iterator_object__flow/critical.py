import requests
import wmill


def main(doses: list, page: bool = True):
    if not doses or not page:
        return {"paged": False}
    pager = wmill.get_resource("f/aquarium/duty_pager")
    tanks = ", ".join(d["tank_id"] for d in doses)
    requests.post(pager["url"], json={"text": f"Critical chemistry in {tanks}"}, timeout=10).raise_for_status()
    return {"paged": True, "tanks": len(doses)}
