def main(constructor: int = 1, toString: str = "x", hasOwnProperty: bool = False, valueOf: float = 1.5, isPrototypeOf: str = "y"):
    pass
