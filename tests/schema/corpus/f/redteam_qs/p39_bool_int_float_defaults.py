def main(a: bool = 1, b: int = 2.0, c: float = 3, d: str = 4, e: int = True):
    return a
