def main(constructor: str, toString: int = 1, valueOf=None, hasOwnProperty: dict = {}):
    return constructor
