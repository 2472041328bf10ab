export async function main(b: number) {}
export const main = workflow(async (a: string) => {});
