# SDK: wmill 1.850.0 run_script_by_path in a plain script (no workflow): runs once, nothing is replayed.
import wmill


def main(email: str):
    score = wmill.run_script_by_path("u/alice/score_lead", args={"email": email, "signals": {}})
    return wmill.run_script_by_path("f/crm/upsert_contact", args={"email": email, "full_name": email, "tags": [str(score)]})
