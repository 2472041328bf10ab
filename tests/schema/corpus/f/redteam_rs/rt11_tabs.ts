export async function main(
	a: number = 1,
	b: string = "tab	in string",
	c = {
		k:	"v",
	},
) {
	return a;
}
