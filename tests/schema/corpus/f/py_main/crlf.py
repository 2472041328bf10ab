def main(a: int,
         b: str = "x"):
    pass
