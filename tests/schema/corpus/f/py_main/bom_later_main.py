# a comment
def main(a: int):
    pass
