def main(crate_id: str, kg: float):
    return {"label_id": f"L-{crate_id}", "kg": kg}
