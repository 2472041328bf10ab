def main(summary_line: str):
    return {"archived": summary_line}
