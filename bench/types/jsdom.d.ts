// jsdom ships no types and the project has no @types/jsdom: the one constructor the import bench
// uses, declared once so bench/ type-checks.
declare module 'jsdom' {
  export class JSDOM {
    constructor(html: string);
    readonly window: { readonly document: Document };
  }
}
