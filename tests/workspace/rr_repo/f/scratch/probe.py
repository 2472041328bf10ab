def main(url: str):
    return url
