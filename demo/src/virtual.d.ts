/** See emptyDatabase in demo/vite.config.ts. */
declare module 'virtual:pfw-empty-database' {
  const url: string | undefined;
  export default url;
}
