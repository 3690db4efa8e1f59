// Vite turns *.module.css imports into a map of scoped class names.
declare module '*.module.css' {
  const classes: Readonly<Record<string, string>>;
  export default classes;
}
