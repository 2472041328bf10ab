export default function(a: number) {}
export async function main(b: string) {}
