def main(a: int):
    f"""Args:
        a: f-doc
    """
    return a
