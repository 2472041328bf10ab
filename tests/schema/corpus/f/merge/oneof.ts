export async function main(choice: { label: "A"; x: string } | { label: "B"; y: number }) {}
