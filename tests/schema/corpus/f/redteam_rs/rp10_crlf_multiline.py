def main(
    a: int = 1,
    b: str = "crlf",
    c: list = [
        "x",
    ],
    d: str = """multi
line""",
):
    return a
