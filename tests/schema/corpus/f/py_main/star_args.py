def main(a, b=2, *args, c, d=4, **kw):
    pass
