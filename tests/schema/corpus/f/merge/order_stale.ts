export async function main(x: string, y: number, z: boolean) {}
