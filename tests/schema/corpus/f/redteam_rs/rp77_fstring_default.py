X = 1


def main(a: str = f"{X})", b: str = f"{{literal}}", c: int = 2):
    return a
