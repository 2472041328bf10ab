def main(name: str, count: int = 1, flag: bool = False):
    """Summary line.

    Args:
        name (str): the name of the
            thing, continued here.
        count: how many: with colon
        flag(bool):tight

    Raises:
        ValueError: never
    """
    return name
