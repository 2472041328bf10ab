def main(member_id: str, points: int, current_tier: str):
    tier = "gold" if points >= 10_000 else "silver" if points >= 2_500 else "bronze"
    return {"member_id": member_id, "tier": tier, "changed": tier != current_tier}
