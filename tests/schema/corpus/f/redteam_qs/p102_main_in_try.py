try:
    import pandas
except ImportError:
    pandas = None
else:
    pass

if pandas is None:
    def main(x: int = 1):
        return x
else:
    def main(y: str = "y"):
        return y
