def main(a: str = "x",
         b: int = 2):
    return a
