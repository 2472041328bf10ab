from typing import Literal


def main(url: str, limit: int = 10, mode: Literal["full", "delta"] = "full") -> list[dict]:
    return [{"url": url, "limit": limit, "mode": mode}]
