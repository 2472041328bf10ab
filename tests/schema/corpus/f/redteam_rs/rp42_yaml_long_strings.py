def main(
    a: str = "This is a fairly long default string that goes well past the eighty column limit of the emitter, surely",
    b: str = "averyveryveryveryveryveryveryveryveryveryveryveryveryveryveryveryveryveryveryveryverylongwordwithoutspaces",
    c: str = "long with\ttab escapes that has to be double quoted and therefore folded with backslashes maybe ok ok ok",
    d: str = "two  spaces  between  words  two  spaces  between  words  two  spaces  between  words  two  spaces",
    e: str = "line one\nline two\nline three",
    f: str = "ends with newline\n",
    g: str = "ends with two newlines\n\n",
    h: str = "  leading spaces\nsecond line",
    i: str = "trailing space on line \nnext",
    j: str = "\nstarts with newline",
    k: str = "a long line inside a multi line string that is longer than eighty characters for sure yes\nshort",
    l: str = "long: with colon space and # hash inside, long enough to need folding at the eighty column mark",
    m: str = "ünïcödé lông strîng thät göes pâst the eighty côlumn lîmit of the emitter fôr sûre, ôkay",
    n: str = "x" * 100,
):
    return a
