from dataclasses import dataclass, field
from typing import Optional, Dict


@dataclass
class Opt:
    a: int = 1
    b: str = field(default="x")
    c: list[int] = field(default_factory=lambda: [1])


def main(o: Optional[Opt] = None, m: Dict[str, Opt] = {}, l: list[Opt] = [], ol: Optional[list[Opt]] = None):
    return o
