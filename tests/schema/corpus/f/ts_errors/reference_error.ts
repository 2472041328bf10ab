const C = 1;
export async function main(a = [C]) {}
