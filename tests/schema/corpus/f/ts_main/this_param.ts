export async function main(this: any, a: string) {}
