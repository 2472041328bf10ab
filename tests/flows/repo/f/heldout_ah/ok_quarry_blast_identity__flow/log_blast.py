def main(blast_id: str, notified: int):
    print(f"blast {blast_id}: {notified} neighbours notified")
    return {"blast_id": blast_id, "notified": notified}
