async function main(a: string) {}
export { main };
