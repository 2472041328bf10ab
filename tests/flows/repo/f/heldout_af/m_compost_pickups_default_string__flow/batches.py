def main(stops: list, batch_size: int = 25) -> list:
    return [stops[i : i + batch_size] for i in range(0, len(stops), batch_size)]
