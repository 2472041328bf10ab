export let main = workflow(async (a: string) => {});
