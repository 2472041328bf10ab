def main(expected: int, moved: int):
    if moved < expected:
        print(f"archived {moved} of {expected}; the rest next night")
    return {"expected": expected, "moved": moved}
