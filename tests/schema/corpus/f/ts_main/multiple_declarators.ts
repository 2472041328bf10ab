export const x = 1, main = workflow(async (a: string) => {});
