def main(a: int = "x", b: str = 1, c: bool = 0, d: float = 1, e: list[int] = "q", f: dict = [1], g: bytes = "s"):
    pass
