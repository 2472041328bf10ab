def main(data: bytes, arr: bytearray = bytearray(), mem: memoryview = None, b64: str = "aGk="):
    return data
