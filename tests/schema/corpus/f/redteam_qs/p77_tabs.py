def main(
	a: int = 1,
	b: str = "tab",
):
	return a
