def main(a: str = ")#(", \
         b: int = 2, c: str = "# not a comment", d: str = "'\"", e="x)"):
    return a
