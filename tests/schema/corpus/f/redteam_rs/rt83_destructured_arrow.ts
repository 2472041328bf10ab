export const main = async ({ a, b }: { a: string; b: number }, c = 3) => a;
