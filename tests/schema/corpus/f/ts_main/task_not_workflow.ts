export const main = task(async (a: string) => {});
