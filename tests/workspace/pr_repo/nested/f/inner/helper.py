def main(text: str, times: int = 1):
    return text * times
