from typing import TypedDict, NotRequired, List


class Address(TypedDict):
    street: str
    zip_code: int


class Customer(TypedDict, total=False):
    name: str
    address: Address
    aliases: List[str]
    vip: NotRequired[bool]


def main(customer: Customer, fallback: Address = {"street": "x", "zip_code": 1}):
    return customer
