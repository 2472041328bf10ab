def main(
    query: str = (
        "select * "
        "from users "
        "where id = 1"
    ),
    fmt: str = f"{1}",
):
    return query
