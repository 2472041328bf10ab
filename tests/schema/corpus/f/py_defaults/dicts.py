def main(a: int = {"b": 1, "a": 2, "c": {"z": 1, "y": [1, "x"]}}, b = {"z": 1, "a": "q"}, c: dict = {"k": [1, None]}, d = {"nested": {"deep": {"deeper": True}}}, e = {"x": 1.5, "y": "s", "z": None, "w": [1, "a"]}):
    pass
