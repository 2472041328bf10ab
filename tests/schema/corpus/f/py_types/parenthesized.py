def main(a: (int), b: (list[(str)]), c: (str) = ("x")):
    pass
