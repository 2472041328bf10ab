def main(a: int, b: str = "x", c: list = [], d: dict = {}):
    '''Single-quoted docstring.

    Parameters
    ----------
    a : int
        The a.
    b : str, optional
        The b, default "x".
    c
        The c with no type.

    Returns
    -------
    int
    '''
    return a
