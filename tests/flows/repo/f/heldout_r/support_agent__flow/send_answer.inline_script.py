def main(to: str, answer: str):
    print(to, answer)
    return {"sent": True}
