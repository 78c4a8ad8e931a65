// FizzBuzz in three styles.
const out1 = [], out2 = [], out3 = [];
for (let i = 1; i <= 15; i++) {
  out1.push(i % 15 === 0 ? 'FizzBuzz' : i % 3 === 0 ? 'Fizz' : i % 5 === 0 ? 'Buzz' : i);
  switch (0) {
    case i % 15: out2.push('FizzBuzz'); break;
    case i % 3: out2.push('Fizz'); break;
    case i % 5: out2.push('Buzz'); break;
    default: out2.push(String(i));
  }
  out3.push((i % 3 ? '' : 'Fizz') + (i % 5 ? '' : 'Buzz') || i);
}
console.log(out1.join(' '));
console.log(out2.join(' ') === out1.join(' '), out3.join(' ') === out1.join(' '));
