export const main = workflow(async (a: string) => {}, { x: 1 });
