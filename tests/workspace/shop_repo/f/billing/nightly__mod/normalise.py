def main(day: str) -> list:
    return [{"day": day}]
