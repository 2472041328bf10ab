from typing import Literal, Optional


def main(
    lead_ids: list[int],
    threshold: int = 50,
    mode: Literal["strict", "lenient"] = "strict",
    campaign: Optional[str] = None,
):
    cutoff = threshold if mode == "strict" else threshold - 15
    scored = [{"id": i, "score": (i * 37) % 100} for i in sorted(lead_ids)]
    qualified = [s for s in scored if s["score"] >= cutoff]
    return {
        "qualified": qualified,
        "rejected": len(scored) - len(qualified),
        "campaign": campaign or "organic",
    }
