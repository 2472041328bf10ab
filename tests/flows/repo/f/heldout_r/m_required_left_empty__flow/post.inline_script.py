def main(slack: dict, channel: str, prs: list, mention_authors: bool = False):
    lines = [f"- {p['title']}" + (f" (@{p['author']})" if mention_authors else "") for p in prs]
    return {"channel": channel, "text": "\n".join(lines) or "No merged PRs"}
