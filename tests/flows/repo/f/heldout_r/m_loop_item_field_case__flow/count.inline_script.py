def main(sent: list):
    return {"sent": sum(1 for s in sent if s)}
