def main(to: str, reason: str):
    print(f"mail to {to}: {reason}")
    return {"sent": True}
