def main(a: str = "x"):
    return a
