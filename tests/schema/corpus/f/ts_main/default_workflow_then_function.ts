export default workflow(async (a: string) => {});
export async function main(b: number) {}
