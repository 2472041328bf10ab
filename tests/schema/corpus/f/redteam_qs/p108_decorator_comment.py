from wmill import workflow


@workflow  # the entry point
# a comment between
async def main(
    # leading comment
    a: int,  # trailing
    b: str = "x",  # also
    # c: int = 3
):
    return a
