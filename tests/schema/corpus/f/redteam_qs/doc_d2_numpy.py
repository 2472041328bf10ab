def main(name: str, count: int = 1):
    """
    Do it.

    Parameters
    ----------
    name : str
        the name
    count : int, optional
        how many
    """
    return name
