from typing import Any, Dict, Optional


def main(extra: Optional[Dict[str, Any]] = {}, names: Optional[list[str]] = ["a"], flag: Optional[bool] = True):
    return extra
