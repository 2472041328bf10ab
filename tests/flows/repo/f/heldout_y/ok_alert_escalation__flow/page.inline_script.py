def main(summary: str):
    return {"page_id": f"P-{abs(hash(summary)) % 10000}"}
