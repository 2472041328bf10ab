def main(day: str, max_items: int = 20, include_drafts: bool = False):
    return {"day": day, "max_items": max_items, "include_drafts": include_drafts}
