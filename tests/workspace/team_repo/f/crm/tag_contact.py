def main(email: str, name: str, tag: str = "customer"):
    return {"email": email, "name": name, "tag": tag}
