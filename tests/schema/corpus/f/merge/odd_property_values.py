def main(s: str, l: int, n: bool, e: float):
    pass
