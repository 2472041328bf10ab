def main(source: str, limit: int = 100):
    return [{"source": source, "n": i} for i in range(limit)]
