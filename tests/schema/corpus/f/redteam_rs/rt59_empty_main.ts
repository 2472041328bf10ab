export async function main(/* nothing */) {}
