def main(f="\N{NOT A REAL NAME}", g: int = 1):
    return f
