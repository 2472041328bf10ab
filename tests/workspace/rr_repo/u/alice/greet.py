def main(who: str):
    return f"hello {who}"
