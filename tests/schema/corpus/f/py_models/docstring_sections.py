def main(a: int, b: str):
    """
    Args:
        a (int): first [a|b]: yes
        b: second | [x
    Returns:
        c: nope [|]
    """
