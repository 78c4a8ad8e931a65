// The `stack` of Error objects (the errorStack hook, stage1/INTRINSICS.md). V8 captures the frames
// when an error is constructed but formats the header `Name: message` when `stack` is first
// read, so a subclass constructor that sets `this.name` after super() still shows its name. The
// hook therefore installs `stack` as an accessor that formats on first read and returns
// undefined ("the library defined it"). A kernel that still defines the data property itself
// after the hook only loses the laziness.
(function (K) {
  'use strict';

  /** ErrorUtils::ToString: `name: message`, `name` or `message` when the other is empty. */
  function header(error) {
    const name = error.name === undefined ? 'Error' : String(error.name);
    const message = error.message === undefined ? '' : String(error.message);
    if (name === '') return message;
    if (message === '') return name;
    return name + ': ' + message;
  }

  K.setHook('errorStack', (error, frames) => {
    let formatted;
    let done = false;
    Object.defineProperty(error, 'stack', {
      get() {
        if (!done) {
          done = true;
          try {
            formatted = header(error) + (typeof frames === 'string' ? frames : '');
          } catch (e) {
            formatted = '<error>' + (typeof frames === 'string' ? frames : '');
          }
        }
        return formatted;
      },
      set(value) {
        done = true;
        formatted = value;
      },
      enumerable: false,
      configurable: true,
    });
    return undefined;
  });
  K.lib.errorHeader = header;
})(__ouro);
