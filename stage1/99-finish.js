// Runs last: state the library takes once every built-in is installed.
(function (K) {
  'use strict';

  K.lib.installIteratorDispose();

  // util.inspect treats the global constructors present now as built-ins (Node takes the list
  // at startup, before user code runs).
  K.lib.captureBuiltInNames();
})(__ouro);
