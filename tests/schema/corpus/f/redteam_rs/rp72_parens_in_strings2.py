def main(msg: str = "smile :)", n: int = 2):
    return msg
