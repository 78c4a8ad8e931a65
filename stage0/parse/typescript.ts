// TypeScript type grammar (placeholder while the JS grammar is brought up).
import type { AnyNode } from './ast.ts';
import { ParserBase } from './parser-base.ts';

export abstract class TypeParser extends ParserBase {
  parseTSTypeAnnotation(): AnyNode { return this.unexpected(); }
  parseTSTypeArguments(): AnyNode { return this.unexpected(); }
  parseTSAsExpression(_left: AnyNode): AnyNode { return this.unexpected(); }
  parseTSTypeAssertion(): AnyNode { return this.unexpected(); }
  parseTSSubscript(_base: AnyNode, _noCalls: boolean, _optional: boolean): AnyNode | null { return null; }
  tryParseTSArrow(_node: AnyNode, _noIn: boolean): AnyNode | null { return null; }
  tryParseTSTypeArgumentsInExpression(): AnyNode | undefined { return undefined; }
  parseTSParam(): AnyNode { return this.parseBindingElement(); }
  parseTSParamAnnotation(_param: AnyNode): void {}
}
