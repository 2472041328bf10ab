"""Static timetable constants (the yearly timetable change, second Sunday of December)."""

HEADWAY_MIN = {"S50": 30, "R51": 60, "REX5": 120}
PUBLISH_STEP = "publish-gtfs"
STEP_PREFIX = "fare"


def headway_min(line: str) -> int:
    return HEADWAY_MIN.get(line, 60)
