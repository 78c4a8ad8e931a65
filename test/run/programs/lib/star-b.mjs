export const shared = 'b';
export const onlyB = 2;
export default 'b-default';
