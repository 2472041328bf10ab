def main(message: str, step: str = ""):
    print(f"invoice flow failed at {step}: {message}")
    return {"alerted": True}
