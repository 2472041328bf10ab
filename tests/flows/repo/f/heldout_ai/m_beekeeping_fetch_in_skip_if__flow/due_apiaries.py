from datetime import date, timedelta

import wmill


def main(region: str):
    sites = wmill.get_resource(f"f/beekeeping/apiaries_{region}")["sites"]
    cutoff = (date.today() - timedelta(days=14)).isoformat()
    return [s["name"] for s in sites if s.get("last_inspected", "") < cutoff]
