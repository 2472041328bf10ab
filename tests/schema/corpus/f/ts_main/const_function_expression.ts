export const main = function (a: string) {};
