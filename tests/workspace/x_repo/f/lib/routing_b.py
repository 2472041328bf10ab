# SDK: none; requests.get is network I/O
"""Live traffic scores."""

import requests

TRAFFIC_API = "https://traffic.example-fleet.io/score"


def score(stop: str) -> float:
    from f.lib.routing_a import leg_km

    live = requests.get(TRAFFIC_API, params={"stop": stop}, timeout=5).json()
    return leg_km("north", stop) * float(live.get("factor", 1.0))


def static_score(stop: str) -> float:
    from f.lib.routing_a import leg_km

    return leg_km("north", stop)
