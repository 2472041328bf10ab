def main(f=b"\u1234", g: int = 1):
    return f
