def main(name: str, count: int = 1):
    """Do it.

    :param name: the name
    :param count: how many
    :returns: nothing
    """
    return name
