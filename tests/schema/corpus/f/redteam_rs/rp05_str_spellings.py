def main(
    a: str = """triple
quoted""",
    b: str = r"C:\path\to",
    c: str = u"unicode prefix",
    d: str = "\N{GREEK SMALL LETTER ALPHA}",
    e: str = "tab\there",
    f: str = "nul\0byte",
    g: str = "bell\a vt\v ff\f",
    h: str = "emoji 🚀 and 日本",
    i: str = "\x7f\x80\xff",
    j: str = "\U0001F600",
    k: str = 'it\'s',
    l: str = "line\
continued",
    m: str = R'raw upper',
    n: str = "",
    o: str = "quote \" inside",
    p: str = "back\\slash",
):
    return a
