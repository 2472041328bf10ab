def main(tags: list[str], options: dict, retries=3):
    return {"tags": tags, "options": options, "retries": retries}
