"""Context managers shared by the workflows of the workspace."""

from contextlib import contextmanager


@contextmanager
def swallow_all(label: str):
    # Meant to keep a best-effort section from failing the run.
    try:
        yield
    except BaseException as exc:
        print(f"{label} failed: {exc!r}")


@contextmanager
def log_failures(label: str):
    try:
        yield
    except Exception as exc:
        print(f"{label} failed: {exc!r}")


@contextmanager
def report_and_reraise(label: str):
    try:
        yield
    except BaseException:
        print(f"{label} interrupted")
        raise


class Shield:
    """Silences whatever the block raises."""

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        return True


class Quiet:
    """Silences ordinary errors only."""

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        return exc_type is not None and issubclass(exc_type, Exception)
