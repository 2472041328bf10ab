def main(a: "str", b: "list[int]" = [], c: "dict" = {}, d: "int" = 1):
    pass
