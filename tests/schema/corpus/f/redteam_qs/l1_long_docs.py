def main(query: str, limit: int = 100, mode: str = "fast"):
    """Run a query against the warehouse and return the rows, paginated by the limit given below, with retries.

    Args:
        query: The SQL query to run: it must be read-only # not a comment, and it can be quite long indeed, longer than eighty columns.
        limit: - a leading dash, then text: with colon and 'quotes' and "double quotes" and `backticks` and @at and %percent
        mode: été — “curly quotes” — 日本語のテキスト — emoji 🎉 — and a very long tail to make it wrap past the width
    """
    return query
