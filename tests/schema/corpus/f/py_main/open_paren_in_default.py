def main(a: str = "("):
    x = (1)
    return x
