def lease_label(lease: dict) -> str:
    return f"{lease['lease_id']} (ends {lease['ends_on']})"


def renewal_window(lease: dict, notice_days: int) -> int:
    ends = lease["ends_on"]
    return ends.toordinal() - notice_days
