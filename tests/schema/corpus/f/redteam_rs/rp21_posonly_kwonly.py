def main(a: int, b: str = "x", /, c: float = 1.0, *, d: bool, e: list = [], **rest):
    return a
