const x = 1; export async function main(a = 1, b = "one;line") { return a; }
