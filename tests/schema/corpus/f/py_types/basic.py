def main(a: str, b: int, c: float, d: bool, e: bytes, f: dict, g: list):
    pass
