from typing import List, Literal, Optional


def main(
    table: str,
    limit: int = 100,
    tags: List[str] = [],
    mode: Literal["full", "delta"] = "full",
    ratio: float = 1.0,
    since: Optional[str] = None,
):
    return {"table": table, "limit": limit, "tags": tags, "mode": mode, "ratio": ratio, "since": since}
