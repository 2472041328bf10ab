def _audit(url: str, event: str) -> str:
    # Only formats the line that a task will send later.
    return f"{url}: {event}"


def fmt(amount: float) -> str:
    return f"{amount:.2f}"


def main(amount: float):
    return fmt(amount)
