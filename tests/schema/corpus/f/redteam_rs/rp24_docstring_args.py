def main(alpha: int, beta: str = "b", gamma: list = []):
    """Do things.

    Args:
        alpha (int): the first one, with a: colon
        beta: second
            continued on next line
        gamma (list, optional): third. Defaults to [].

    Returns:
        dict: nothing
    """
    return alpha
