/**
 * `cem analyze` settings (the analyzer reads this file from the package folder). Our elements
 * declare their reactive properties in `static properties` (no decorators: their helper code
 * cost every entry 0.4 kB gzip). The analyzer's Lit plugin takes every entry there for an
 * attribute unless it says `attribute: false`; an internal `{ state: true }` is never one.
 */
export default {
  plugins: [
    {
      name: 'pfw-state-is-no-attribute',
      analyzePhase({ ts, node, moduleDoc }) {
        if (!ts.isClassDeclaration(node) && !ts.isClassExpression(node)) return;
        const states = new Set();
        for (const member of node.members) {
          if (member.name?.getText() !== 'properties' || !member.initializer) continue;
          for (const entry of member.initializer.properties ?? []) {
            const options = entry.initializer?.properties ?? [];
            if (options.some((o) => o.name?.getText() === 'state' && o.initializer.kind === ts.SyntaxKind.TrueKeyword))
              states.add(entry.name.getText());
          }
        }
        if (!states.size) return;
        for (const declaration of moduleDoc.declarations ?? []) {
          if (declaration.attributes)
            declaration.attributes = declaration.attributes.filter((a) => !states.has(a.fieldName));
        }
      },
    },
  ],
};
