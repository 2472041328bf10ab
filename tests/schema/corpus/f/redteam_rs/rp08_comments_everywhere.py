# def main(fake: int): pass
"""def main(also_fake: str): pass"""


def helper(x: int = 1):  # main(
    return x


def main(  # opening comment )
    # a comment line before a
    a: int,  # trailing, with ) and ( and :
    # b: str = "not a param",
    b: str = "#not a comment",  # real comment
    c: list = [  # inside a default
        1,  # one
        2,
    ],
    # dangling before close
):  # after colon
    # body
    return a
