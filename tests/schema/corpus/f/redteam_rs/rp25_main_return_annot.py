from typing import Any, Dict, Optional


async def main(
    x: int = 1,
    y: Optional[Dict[str, Any]] = None,
) -> Dict[str, Any]:
    return {"x": x}
