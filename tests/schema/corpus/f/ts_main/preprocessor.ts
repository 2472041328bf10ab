export async function preprocessor(x: string) {}
export async function main(a: string) {}
