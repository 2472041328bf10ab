def main(f="\U00110000", g: int = 1):
    return f
