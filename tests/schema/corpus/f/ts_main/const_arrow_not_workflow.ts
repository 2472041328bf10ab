export const main = async (a: string) => {};
