def main(b: int, a: str = "x", c: list[str] = []):
    return a
