def main(queue: str, limit: int = 10):
    return {"queue": queue, "limit": limit}
