def main(f="\777", g: int = 1):
    return f
