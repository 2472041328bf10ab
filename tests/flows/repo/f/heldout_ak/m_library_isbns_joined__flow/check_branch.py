import wmill


def main(branch: str, isbns: list[str]):
    cat = wmill.get_resource("f/library/catalogue")
    held = {c["isbn"] for c in cat["copies"] if c["branch"] == branch and c["status"] == "on_shelf"}
    return {"branch": branch, "missing": [i for i in isbns if i not in held]}
