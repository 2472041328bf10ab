import json


def main(team: str):
    members = [{"handle": "mira", "open_prs": 2}, {"handle": "tom", "open_prs": 0}]
    # same_worker: share the raw payload with later steps through ./shared
    with open("./shared/digest_raw.json", "w") as fh:
        json.dump(members, fh)
    return {"team": team, "members": members}
