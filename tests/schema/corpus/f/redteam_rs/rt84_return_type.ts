export async function main(a: string): Promise<void> {}
export async function main2(b: number) {}
