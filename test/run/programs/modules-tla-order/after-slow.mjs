import { slow } from './slow.mjs';
console.log('after-slow sees', slow);
export const afterSlow = 'after-' + slow;
