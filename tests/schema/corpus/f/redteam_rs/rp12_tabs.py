def main(
	a: int = 1,
	b: str = "tab	in string",
	c: dict = {
		"k":	"v",
	},
):
	return a
