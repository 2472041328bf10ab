export const main = workflow(async (a: string) => {});
export default workflow(async (c: boolean) => {});
