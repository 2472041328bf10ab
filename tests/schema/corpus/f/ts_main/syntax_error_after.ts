export async function main(a: string) {}
const = 5;
