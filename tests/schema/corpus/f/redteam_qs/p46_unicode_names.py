def main(größe: int = 1,名前: str = "名", café: bool = False):
    return größe
