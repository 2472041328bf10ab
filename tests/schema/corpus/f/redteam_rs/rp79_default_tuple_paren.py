def main(a: tuple = (1, (2, 3)), b: list = [(")",)], c: str = "end"):
    return a
