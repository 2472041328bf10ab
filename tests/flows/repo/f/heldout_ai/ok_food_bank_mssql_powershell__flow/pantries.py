import wmill


def main():
    return wmill.get_resource("f/food_bank/partner_pantries")["pantries"]
