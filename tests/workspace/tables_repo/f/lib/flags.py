import requests

FLAGS = requests.get("https://flags.example.com/billing", timeout=5).json()
