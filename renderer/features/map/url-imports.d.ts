// Vite's `?url&no-inline` imports: the emitted file's URL, never a data: URL.
declare module '*?url&no-inline' {
  const url: string;
  export default url;
}
