export async function main(a: string) {}
export async function main(b: number) {}
