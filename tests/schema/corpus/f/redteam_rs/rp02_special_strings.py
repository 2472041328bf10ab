from wmill import Base64, Email, Sql


def main(
    payload: Base64,
    to: Email = "ops@example.com",
    query: Sql = "SELECT 1",
    cc: list[Email] = [],
    maybe_sql: Sql | None = None,
):
    return to
