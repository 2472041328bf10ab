export const main = workflow(main2);
async function main2(a: string) {}
