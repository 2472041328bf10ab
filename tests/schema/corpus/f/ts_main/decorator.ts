@dec
class A {}
export async function main(a: string) {}
