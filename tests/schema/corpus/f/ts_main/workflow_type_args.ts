export const main = workflow<string>(async (a: string) => {});
