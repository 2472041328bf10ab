def main(a: int = f(1), b: str = "x") -> dict[str, int]:
    pass
