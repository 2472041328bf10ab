# SDK: no wmill import; loads feature flags when the module is imported
import requests

FLAGS_URL = "https://flags.internal/api/v1/flags?service=fulfilment"
FEATURE_FLAGS = requests.get(FLAGS_URL, timeout=5).json()


def flag(name: str, default: bool = False) -> bool:
    return bool(FEATURE_FLAGS.get(name, default))
