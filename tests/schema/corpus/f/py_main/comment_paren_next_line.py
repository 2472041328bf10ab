def main(
    a: int,  # comment (
    b: str,
):
    pass
