export const shared = 'a';
export const onlyA = 1;
