import requests

# Built once when the module loads: building a session sends nothing.
session = requests.Session()


def main():
    return "clients"
