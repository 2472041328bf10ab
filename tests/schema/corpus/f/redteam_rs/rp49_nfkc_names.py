def main(ﬁle: str = "ligature", 𝐚: int = 1, ℌx: int = 2):
    return 1
