from datetime import datetime


def main(data: dict, items: list, when: datetime, blob: bytes = b""):
    return {"data": data, "items": items, "when": when.isoformat(), "size": len(blob)}
