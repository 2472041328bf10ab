def main(email: str, weight: float = 1.0):
    return len(email) * weight
