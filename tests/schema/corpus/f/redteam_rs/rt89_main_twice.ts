export async function main(a = 1) {}
export async function main(b = 2) {}
