// `@mentora/core/concerns`: the concern lifecycle and categories, without zod, for the web app.
export * from './concern-categories';
export * from './concern-lifecycle';
