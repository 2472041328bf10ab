from typing import Optional


def main(a: int, b: Optional[str] = None, c: list[dict] = [], d: str = "2024-01-01T00:00:00Z"):
    return a
