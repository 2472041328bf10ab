def main(ratio: float, label: str = "share"):
    return {label: ratio * 100}
