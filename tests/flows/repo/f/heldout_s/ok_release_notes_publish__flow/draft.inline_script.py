import anthropic as anthropic_sdk


def main(anthropic: dict, prs: list, tone: str = "neutral"):
    client = anthropic_sdk.Anthropic(api_key=anthropic["apiKey"])
    listing = "\n".join(f"- #{p['number']} {p['title']} ({', '.join(p['labels'])})" for p in prs)
    msg = client.messages.create(
        model="claude-sonnet-4-5",
        max_tokens=1500,
        messages=[{"role": "user", "content": f"Write {tone} release notes grouped by feature/fix from:\n{listing}"}],
    )
    return {"text": msg.content[0].text, "pr_count": len(prs)}
