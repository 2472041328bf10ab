def main(a: int = 1):
    return a
