import dataclasses
from typing import Optional
@dataclasses.dataclass
class D:
    x: int
    y: "D"
    z: list[D]
    w: Optional[D] = None
def main(d: D):
    pass
