async function main(a: string) {}
