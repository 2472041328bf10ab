"""An in-memory ledger the grooming crews append to while a plan is built."""

_LOG: list[dict] = []


def record(entry: dict) -> dict:
    _LOG.append(entry)
    return entry


def entries() -> list[dict]:
    return list(_LOG)


def summarize(items: list[dict]) -> dict:
    return {"count": len(items), "runs": sorted({i["run"] for i in items})}
