export const preprocessor = async (x: string) => {};
export async function main(a: string) {}
