def main(ñame: str, λ: float = 1.0, emoji: str = "🚀"):
    return ñame
