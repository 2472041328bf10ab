__all__ = ["quiet_label"]


def notify(url: str, text: str) -> int:
    # A stand-in for this module's own tests: not exported by `import *`.
    return len(url) + len(text)


def quiet_label(text: str) -> str:
    return text.lower()


def main(text: str):
    return quiet_label(text)
