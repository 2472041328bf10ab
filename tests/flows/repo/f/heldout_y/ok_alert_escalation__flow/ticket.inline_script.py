def main(summary: str):
    return {"ticket_key": f"OPS-{abs(hash(summary)) % 10000}"}
