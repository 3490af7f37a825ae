// `npm run manifest` writes custom-elements.json from the JSDoc of src/.
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts'],
  outdir: '.',
  litelement: true,
  plugins: [
    {
      // Keep the manifest to the public API: private (#x, _x) members and
      // internal state properties are implementation details.
      name: 'public-api-only',
      packageLinkPhase({ customElementsManifest }) {
        for (const mod of customElementsManifest.modules) {
          for (const decl of mod.declarations ?? []) {
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
      },
    },
  ],
};
