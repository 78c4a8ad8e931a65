// import.meta: url, filename, dirname, resolve (Node's fields).
const meta = import.meta;
console.log(Object.keys(meta).sort().join(), Object.getPrototypeOf(meta));
console.log(meta.url.startsWith('file:///'), meta.url.endsWith('/modules-import-meta.mjs'));
console.log(meta.filename.endsWith('modules-import-meta.mjs'), meta.dirname === meta.filename.slice(0, meta.filename.lastIndexOf('/')));
console.log(meta.resolve('./lib/math.mjs').endsWith('/lib/math.mjs'), import.meta === meta, typeof meta.resolve);
