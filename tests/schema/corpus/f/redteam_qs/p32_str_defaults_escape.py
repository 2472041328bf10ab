def main(
    a: str = 'single "quoted"',
    b: str = "tab\tnew\nline",
    c: str = """triple
quoted""",
    d: str = "unicode \u00e9 \N{SNOWMAN}",
    e: str = "",
    f: str = 'it\'s',
):
    return a
