// Date with fixed timestamps in UTC (no local time zone involved).
const d = new Date(Date.UTC(2020, 1, 29, 12, 30, 45, 123));
console.log(d.getTime(), d.toISOString(), d.getUTCDay(), d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate());
console.log(JSON.stringify({ d }), new Date(0).toISOString(), Date.UTC(1970, 0, 1));
console.log(new Date('2021-05-06T07:08:09Z').getTime(), Date.parse('2000-01-01T00:00:00.000Z'));
const e = new Date(d);
e.setUTCDate(e.getUTCDate() + 1);
console.log(e.toISOString(), isNaN(new Date('garbage')), String(new Date(NaN)));
console.log(typeof Date.now(), Date.now() > 1600000000000);
