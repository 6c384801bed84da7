// The build's index of bundled scenarios (made by the plugin in vite.config.ts).
declare module "virtual:scenario-index" {
  const index: import("./catalog.ts").IndexEntry[];
  export default index;
}
