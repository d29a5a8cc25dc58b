// openid-client publishes its passport strategy as a subpath export, which `moduleResolution: node`
// cannot see; webpack and Node resolve it at runtime. The types are the package's own.
declare module 'openid-client/passport' {
  export * from 'openid-client/build/passport';
}
