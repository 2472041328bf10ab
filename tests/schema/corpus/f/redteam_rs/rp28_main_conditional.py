import sys

if sys.version_info >= (3, 10):
    def main(a: int = 1, b: str = "new"):
        return a
else:
    def main(a: int = 2):
        return a
