export async function main({ a, b }: { a: string; b: number }, { c } = { c: 1 }, d: string, { e }: Foo) {}
