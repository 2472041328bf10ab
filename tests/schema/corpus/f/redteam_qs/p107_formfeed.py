import os

def main(a: int = 1, b: str = "ff"):
    return a
