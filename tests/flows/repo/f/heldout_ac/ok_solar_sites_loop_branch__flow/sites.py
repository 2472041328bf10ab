def main(region: str):
    # the site registry is small and static; kept in code so the flow needs no database
    registry = {
        "south": [
            {"site_id": "S-ALM-01", "inverter": "sma", "kwp": 420.0},
            {"site_id": "S-MUR-02", "inverter": "huawei", "kwp": 180.5},
        ],
        "north": [
            {"site_id": "N-LEO-01", "inverter": "sma", "kwp": 96.0},
        ],
    }
    return registry.get(region, [])
