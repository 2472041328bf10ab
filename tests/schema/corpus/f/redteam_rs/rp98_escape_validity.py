S = "\x4"

def main(g: int = 1):
    return g
