from typing import Any


def main(contacts: list[dict[str, Any]], batch_size: int = 500) -> int:
    return len(contacts)
