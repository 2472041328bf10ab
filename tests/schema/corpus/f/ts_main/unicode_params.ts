export async function main(café: string, 名前: number = 1, naïve = true) {}
