def main(question: str, top_k: int = 5):
    return {"links": [f"https://docs.example.com/search?q={question[:20]}"][:top_k]}
