def main(url: str):
    return {"downloaded": url}
