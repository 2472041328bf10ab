def main(a: int = 1,  # the first
         b: str = "x",  # the second
         c=None  # the last one, no trailing comma
         ):
    return a
