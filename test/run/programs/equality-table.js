// Abstract (==) and strict (===) equality across types.
const vals = [undefined, null, true, false, 0, -0, 1, '', '0', '1', 'true', NaN, [], [0], {}, Infinity];
const names = ['undef', 'null', 'true', 'false', '0', '-0', '1', "''", "'0'", "'1'", "'true'", 'NaN', '[]', '[0]', '{}', 'Inf'];
for (let i = 0; i < vals.length; i++) {
  let row = names[i].padEnd(7);
  for (let j = 0; j < vals.length; j++) row += vals[i] == vals[j] ? (vals[i] === vals[j] ? '=' : '~') : '.';
  console.log(row);
}
console.log(null == undefined, null === undefined, null == 0, null >= 0, undefined == 0);
console.log('1' == 1, '1' === 1, 1n == 1, 1n === 1, '2' > '12', 2 > '12');
const obj = { valueOf() { return 5; } };
console.log(obj == 5, obj === 5, [1, 2] == '1,2', new String('a') == 'a', new String('a') == new String('a'));
