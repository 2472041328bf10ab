def main(extra: list[str] = []):
    return ["example.com", "api.example.com", *extra]
