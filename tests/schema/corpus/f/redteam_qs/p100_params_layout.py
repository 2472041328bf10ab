def main(a, /, b=2, *args, c, d: int = 4, **kw):
    return a
