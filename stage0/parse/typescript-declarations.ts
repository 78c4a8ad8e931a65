// TypeScript declarations and modifiers (placeholder while the JS grammar is brought up).
import type { AnyNode } from './ast.ts';
import { ModuleParser } from './modules.ts';
import type { StatementContext } from './statements.ts';

export abstract class TSDeclarationParser extends ModuleParser {
  tsAllowsBodiless(): boolean { return false; }
  tsAllowsBodilessMethod(): boolean { return false; }
  parseTSFunctionTypeParams(_node: AnyNode): void {}
  parseTSReturnType(_node: AnyNode): void {}
  parseTSClassHeritageTypeParams(_node: AnyNode): void {}
  parseTSClassHeritageRest(_node: AnyNode): void {}
  parseTSClassMemberPrefix(_node: AnyNode): AnyNode | null { return null; }
  parseTSModifiersAfterStatic(_node: AnyNode): void {}
  parseTSClassMemberOptional(_node: AnyNode): void {}
  parseTSFieldAnnotation(_node: AnyNode): void {}
  finishClassField(node: AnyNode): AnyNode { return this.finishNode(node, 'PropertyDefinition'); }
  finishTSBodilessMethod(node: AnyNode): AnyNode { return this.finishNode(node, 'TSAbstractMethodDefinition'); }
  semicolonAfterBodiless(): void { this.semicolon(); }
  parseTSStatement(_node: AnyNode, _context: StatementContext): AnyNode | null { return null; }
  parseTSVarAnnotation(_decl: AnyNode): void {}
  parseTSCatchAnnotation(_param: AnyNode): void {}
  parseTSImportPrefix(_node: AnyNode): boolean { return false; }
  parseTSExportPrefix(_node: AnyNode): AnyNode | null { return null; }
  parseTSExportDefault(): AnyNode | null { return null; }
  parseTSInlineTypeSpecifier(_isImport: boolean): boolean { return false; }
  startsTSExportDeclaration(): boolean { return false; }
}
