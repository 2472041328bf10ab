const main = async (a = 1, b?: string) => a;
export default main;
