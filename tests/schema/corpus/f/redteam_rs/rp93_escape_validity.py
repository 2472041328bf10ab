def main(f="\u12", g: int = 1):
    return f
