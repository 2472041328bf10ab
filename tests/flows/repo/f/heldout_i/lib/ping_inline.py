def main(host: str, count: int = 3):
    return {"host": host, "count": count}
