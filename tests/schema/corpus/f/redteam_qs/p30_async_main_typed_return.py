from typing import Any


async def main(
    url: str,
    headers: dict[str, str] | None = None,  # sent as is
    # timeout: int = 30,
    body: Any = None,
) -> dict[str, Any]:
    return {}
