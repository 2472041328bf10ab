from typing import Literal, Optional, List

Mode = Literal["fast", "slow"]


def main(mode: Mode = "fast", maybe: Optional[Literal["a", "b"]] = None, modes: List[Mode] = ["fast"]):
    return mode
