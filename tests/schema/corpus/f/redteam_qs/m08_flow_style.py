def main(a: int = 1, b: float = 2.5, c: str = "c"):
    return a
