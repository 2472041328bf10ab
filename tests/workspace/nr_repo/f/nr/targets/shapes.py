from datetime import datetime
from typing import Any


def main(data: dict, items: list, when: datetime, blob: bytes = b"", extra: Any = None):
    return {"data": data, "items": items, "when": when.isoformat(), "size": len(blob), "extra": extra}
