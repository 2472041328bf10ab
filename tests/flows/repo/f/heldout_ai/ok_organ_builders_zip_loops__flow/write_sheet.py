def main(rank: str, offsets: list, position: int, archive_url: str):
    worst = max((abs(c) for c in offsets), default=0.0)
    lines = [f"{i + 1:>3}  {c:+.1f} c" for i, c in enumerate(offsets)]
    return {"rank": rank, "position": position, "worst_cents": worst, "sheet": "\n".join(lines), "url": archive_url}
