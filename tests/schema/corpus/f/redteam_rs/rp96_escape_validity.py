def main(f="\q", g: int = 1):
    return f
