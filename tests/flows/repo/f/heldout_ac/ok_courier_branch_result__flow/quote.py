def main(weight_kg: float, destination_zip: str, service_level: str):
    express = service_level == "next_day" or weight_kg < 0.5
    zone = int(destination_zip[:1]) if destination_zip[:1].isdigit() else 9
    price = round(4.9 + weight_kg * (2.4 if express else 1.1) + zone * 0.35, 2)
    return {"express": express, "zone": zone, "price_eur": price}
