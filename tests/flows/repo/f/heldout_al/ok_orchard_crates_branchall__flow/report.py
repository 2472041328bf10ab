def main(weights: list, labels: list):
    return {"total_kg": sum(weights), "labels": labels}
