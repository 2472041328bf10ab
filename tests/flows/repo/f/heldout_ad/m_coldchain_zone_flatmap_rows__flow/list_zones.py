import wmill


def main(site: str):
    cfg = wmill.get_resource(f"f/coldchain/{site}_layout")
    return [
        {"zone": z["name"], "max_celsius": z["max_c"], "min_celsius": z.get("min_c", -30)}
        for z in cfg["zones"]
        if z.get("monitored", True)
    ]
