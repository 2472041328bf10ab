def main(tickets: list, vip_domains: list):
    tagged = []
    for t in tickets:
        domain = t["requester_email"].split("@")[-1]
        tagged.append({"id": t["id"], "subject": t["subject"], "vip": domain in vip_domains, "status": t["status"]})
    return {"tickets": tagged, "vip_count": sum(1 for t in tagged if t["vip"])}
