def main(a, /, b, c=3):
    pass
