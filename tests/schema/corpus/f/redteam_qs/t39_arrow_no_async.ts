export const main = (x: number, y: string = `t${1}`): string => `${x}${y}`;
