x = """
def main(b: str):
"""
def main(a: int):
    pass
