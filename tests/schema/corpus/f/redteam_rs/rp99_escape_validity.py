def main(f=rb"é", g: int = 1):
    return f
