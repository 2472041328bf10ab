def run(a: int, b: str = "x"):
    return a


main = run
