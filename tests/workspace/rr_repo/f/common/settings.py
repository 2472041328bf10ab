"""Settings read from the config service when the module is loaded."""

import requests

CONFIG = requests.get("https://config.example.com/v1/settings", timeout=10).json()
