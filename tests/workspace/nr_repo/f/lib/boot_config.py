import requests

# Read once at import: every script that imports this module fetches it again.
SETTINGS = requests.get("https://config.example.com/settings.json").json()


class Settings(dict):
    pass


def main():
    return SETTINGS
