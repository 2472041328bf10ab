from typing import Optional


def main(x: Optional[int] = 5, y: Optional[str] = "hi", z: Optional[bool] = False, w: Optional[list] = []):
    return x
