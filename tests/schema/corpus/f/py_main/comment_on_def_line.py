def main(a: int,  # the count (
         b: str):
    pass
