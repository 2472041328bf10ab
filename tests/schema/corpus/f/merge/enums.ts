export async function main(a: string, b: string, c: "p" | "q", d: string[], e: ("u" | "v")[], f: string = "x") {}
