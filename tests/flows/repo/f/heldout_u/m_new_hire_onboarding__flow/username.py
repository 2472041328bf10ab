import re
import unicodedata


def main(full_name: str):
    ascii_name = unicodedata.normalize("NFKD", full_name).encode("ascii", "ignore").decode()
    parts = [p for p in re.split(r"[^a-zA-Z]+", ascii_name.lower()) if p]
    if not parts:
        raise ValueError(f"cannot build a username from {full_name!r}")
    username = parts[0] if len(parts) == 1 else f"{parts[0][0]}{parts[-1]}"
    return {"username": username[:20], "parts": parts}
