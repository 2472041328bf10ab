"""Scratch script: trying the new forecast vendor."""

import requests


def main(zone: str):
    return requests.get(f"https://forecast.vendor.example/{zone}", timeout=10).json()
