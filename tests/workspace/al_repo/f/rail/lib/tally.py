"""Counting rolling stock by class."""


def count_into(acc: dict[str, int], statuses) -> dict[str, int]:
    for status in statuses:
        for unit in status.get("units", []):
            acc[unit["class"]] = acc.get(unit["class"], 0) + 1
    return acc
