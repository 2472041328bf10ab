export const main = workflow(async (a: string) => {});
export async function main(b: number) {}
