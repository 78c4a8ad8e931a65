// Type conversions: ToString, ToNumber, ToBoolean, ToPrimitive with valueOf/toString.
console.log(String(null), String(undefined), String(true), String([1, [2, 3]]), String({}), String(() => 1));
console.log(+'', +' 42 ', +'4e2', +[], +[3], +[1, 2], +{}, +true, +null, +undefined, +'0x10');
console.log(!!'', !!'0', !!0, !!NaN, !![], !!{}, !!-0, !!0n, !!document_all_like());
function document_all_like() { return null; }
const o = { valueOf() { return 42; }, toString() { return 'str'; } };
console.log(o + 1, `${o}`, o * 2, String(o), o + '', [o] + '');
const onlyToString = { toString() { return '7'; } };
console.log(onlyToString * 2, onlyToString + 1);
console.log(1 + '2', '3' - 1, '3' * '4', true + 1, [] + [], [] + {}, null + 1, undefined + '');
console.log([1, 2] + [3], {} + 'x', 1 + null + '1');
const d = new Date(0);
console.log(typeof (d + 1), typeof (d - 1));
