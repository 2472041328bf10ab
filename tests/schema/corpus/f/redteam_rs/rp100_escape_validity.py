def main(f=r"\x4", g=f"{1}\x41", h: int = 1):
    return f
