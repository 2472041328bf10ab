def main(path: str = "/"):
    r"""Args:
        path: a path like C:\temp
    """
    return path
