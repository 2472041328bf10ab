def main(a: int, b: str = "x"):
    """Args:
        a: doc a
        b: doc b
    """
    return a
