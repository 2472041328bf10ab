def main(outcome: dict, patient_id: str):
    status = outcome.get("status", "unknown")
    return {"patient_id": patient_id, "message": f"Your refill request is {status}."}
