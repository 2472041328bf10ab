def main(f="\x4", g: int = 1):
    return f
