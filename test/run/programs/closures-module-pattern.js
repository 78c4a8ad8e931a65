// The module pattern: private state through an IIFE, shared between methods.
const bank = (function () {
  const accounts = new Map();
  let nextId = 1;
  function open(owner) { const id = nextId++; accounts.set(id, { owner, balance: 0 }); return id; }
  function deposit(id, amount) { if (amount <= 0) throw new RangeError('amount must be positive'); accounts.get(id).balance += amount; }
  function balance(id) { return accounts.get(id).balance; }
  return { open, deposit, balance, get count() { return accounts.size; } };
})();
const a = bank.open('ann'), b = bank.open('bob');
bank.deposit(a, 100); bank.deposit(b, 5); bank.deposit(a, 20);
console.log(bank.balance(a), bank.balance(b), bank.count, typeof bank.accounts);
try { bank.deposit(a, -1); } catch (e) { console.log(e.name, e.message); }
