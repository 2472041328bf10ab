def main(apiaries: list, people: list):
    pairs = []
    for i, apiary in enumerate(apiaries):
        team = people[2 * i : 2 * i + 2]
        if len(team) < 2:
            break
        pairs.append({"apiary": apiary, "phones": [p["phone"] for p in team]})
    return {"pairs": pairs, "unstaffed": apiaries[len(pairs) :]}
