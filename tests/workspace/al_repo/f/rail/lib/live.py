"""Live headways from the operations control centre, read when the module loads."""

from .net.http import fetch_json

HEADWAYS = fetch_json("https://occ.westbahn-regional.at/api/headways")


def headway_min(line: str) -> int:
    return int(HEADWAYS.get(line, 30))
