export default workflow(async (c: boolean) => {});
export const main = workflow(async (a: string) => {});
