def main(note: str, pinned: bool = False):
    return {"note": note, "pinned": pinned}
