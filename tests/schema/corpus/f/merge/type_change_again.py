def main(a: int, b: str, c: dict, d: list[str], e: float = 1.5, f: bool = True):
    pass
