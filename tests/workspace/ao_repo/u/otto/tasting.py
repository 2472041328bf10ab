"""Otto's tasting notes, kept in a file on the brewhouse worker when asked."""

NOTES = "/srv/brewhouse/tasting_notes.txt"


def note(batch_id: str, text: str, persist: bool = False) -> str:
    line = f"{batch_id}: {text}"
    if persist:
        with open(NOTES, "a") as fh:
            fh.write(line + "\n")
    return line
