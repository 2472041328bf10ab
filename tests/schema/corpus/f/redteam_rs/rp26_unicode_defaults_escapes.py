def main(
    a: str = "\u00e9",
    b: str = "\u0000",
    c: str = "\x1b[31mred\x1b[0m",
    d: str = "\r\n",
    e: str = "ä" * 2,
    f: str = "zero\u200bwidth",
    g: str = "rtl \u202e text",
    h: str = "combining e\u0301",
    i: str = "\ufeffbom-in-string",
    j: bytes = b"\x00\xff",
    k: str = "👨‍👩‍👧",
    l: str = "tab	literal",
):
    return a
