def main(
    a: str = "\101\x41",
    b: bytes = rb"\x00",
    c: str = u"unicode",
    d: str = R"raw\d",
    e: bytes = Rb"x",
    f: str = "\ud800",
    g: str = "tab\there",
    h: str = "\r\n",
    i: str = "\x00",
):
    return a
