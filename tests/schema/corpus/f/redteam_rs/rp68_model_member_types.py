from typing import Any, Dict, List, Optional, Tuple, Union, Literal
from pydantic import BaseModel


class Cfg(BaseModel):
    headers: Dict[str, str]
    items: list
    tup: Tuple[int, int]
    anyv: Any
    union: Union[int, str]
    opt: Optional[str] = None
    lit: Literal["a", "b"] = "a"
    nums: List[int] = [1, 2]
    nested: Optional[List[Dict[str, Any]]] = None
    d: dict = {}


def main(cfg: Cfg):
    return cfg
