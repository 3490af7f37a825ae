// `npm run manifest` writes custom-elements.json from the JSDoc of src/.
export default {
  // The public API: the elements, their base class and their registrations
  // (not every exported constant of the pure modules).
  globs: ['src/index.ts', 'src/mission-*/*.ts', 'src/base/mission-element.ts'],
  exclude: ['src/**/*.test.ts', 'src/mission-*/*.styles.ts', 'src/mission-*/messages.ts'],
  outdir: '.',
  litelement: true,
  plugins: [
    {
      // Keep the manifest to the public API: private (#x, _x) members and
      // internal state properties are implementation details.
      name: 'public-api-only',
      packageLinkPhase({ customElementsManifest }) {
        for (const mod of customElementsManifest.modules) {
          // Helper functions and constants of element folders are not API.
          mod.declarations = (mod.declarations ?? []).filter((d) => d.kind === 'class');
          const kept = new Set(mod.declarations.map((d) => d.name));
          mod.exports = (mod.exports ?? []).filter(
            (e) => e.kind === 'custom-element-definition' || kept.has(e.declaration?.name) || e.name === '*',
          );
          for (const decl of mod.declarations) {
            if (decl.members) {
              decl.members = decl.members.filter(
                (m) =>
                  m.privacy !== 'private' &&
                  m.privacy !== 'protected' &&
                  !m.name.startsWith('_') &&
                  !m.name.startsWith('#'),
              );
            }
            // `emit(name, …)` in the base class is seen as an event called "name".
            if (decl.events) decl.events = decl.events.filter((e) => e.name !== 'name');
            if (decl.attributes)
              decl.attributes = decl.attributes.filter((a) => !a.fieldName?.startsWith('_'));
          }
        }
        // Modules left empty go; the rest in path order, so the file is the same on
        // every machine (the glob's order follows the file system's).
        customElementsManifest.modules = customElementsManifest.modules
          .filter((mod) => mod.declarations.length > 0 || mod.exports.length > 0)
          .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
      },
    },
  ],
};
