def main(message: str, host: str = ""):
    print(f"backup of {host} failed: {message}")
