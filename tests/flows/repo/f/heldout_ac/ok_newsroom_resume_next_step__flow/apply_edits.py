def main(story_id: str, headline: str, publish_at: str, desk_editor: str, note: str = ""):
    # the desk may rewrite the headline in the review form
    return {
        "story_id": story_id,
        "headline": headline.strip(),
        "note": note,
        "publish_at": publish_at,
        "desk_editor": desk_editor,
    }
