// TypeScript: types are erased by Ouro's own front end; module syntax makes it a module.
import { square } from './lib/math.mjs';
import type { Shape } from './lib/shapes.ts';
interface Named { name: string }
type Pair<T> = [T, T];
function describe(s: Shape & Named): string { return `${s.name}: ${s.area().toFixed(2)}`; }
const pair: Pair<number> = [square(3), square(4)];
const shapes: (Shape & Named)[] = [{ name: 'unit', area: (): number => 1 }];
console.log(describe(shapes[0]!), pair as number[], (pair satisfies Pair<number>).length);
export const done: boolean = true;
