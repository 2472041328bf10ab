export default async function (a: string) {}
