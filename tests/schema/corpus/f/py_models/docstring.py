def main(a: int, b: str):
    """Do stuff.

    Args:
        a (int): the [x|y] count
        b: plain desc
    """
    pass
