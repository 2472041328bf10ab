def main(path: str = "/tmp", mode: str = "r"):
    return path
