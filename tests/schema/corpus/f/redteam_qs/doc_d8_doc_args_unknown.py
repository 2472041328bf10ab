def main(a: int, b: str = ""):
    """
    Arguments:
        a: first
    Keyword Args:
        b: second
    Args:
        zz: not a parameter
        a: again
    """
    return a
