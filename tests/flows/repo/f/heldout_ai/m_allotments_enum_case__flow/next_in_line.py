import wmill


def main(site: str, size: str):
    rows = wmill.get_resource("f/allotments/waiting_list")["entries"]
    queue = [r for r in rows if r["site"] == site and size in r["sizes"]]
    if not queue:
        raise RuntimeError(f"nobody waiting for a {size} plot at {site}")
    first = min(queue, key=lambda r: r["joined"])
    return {"member_id": first["id"], "name": first["name"], "email": first["email"]}
