export const main = (workflow(async (a: string) => {}));
