def main(tickets: dict, revenue: float):
    solved_pct = 100 * tickets["solved"] / tickets["opened"] if tickets["opened"] else 100
    return (
        f"*Weekly ops digest*\n"
        f"Tickets: {tickets['opened']} opened, {tickets['solved']} solved ({solved_pct:.0f}%)\n"
        f"Revenue: €{revenue:,.2f}"
    )
