def main(day: str):
    return {"day": day, "rows": [1, 2, 3]}
