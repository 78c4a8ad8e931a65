const name = 'x';
const plain = `hello`;
const t = `a${name}b${1 + 1}`;
function tag(strings, ...values) { return strings.raw; }
tag`x${name}y`;
obj.tag`z`;
const deep = obj?.a?.[name]?.();
