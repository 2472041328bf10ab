export default async function main(a: string) {}
