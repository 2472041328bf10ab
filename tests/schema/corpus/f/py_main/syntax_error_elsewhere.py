def main(a: int):
    pass

this is a syntax error(
