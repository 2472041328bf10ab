export async function preprocessor(e: any) { return e; }
export async function main(a: string) {}
