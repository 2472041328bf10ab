"""The walk of a workflow body (and of the helpers it reaches) that turns it into
durable calls, plain calls and exception handlers, written once for both
languages. `walker.BodyWalker` is the class the front-ends use; it is built up in
layers, each a module whose class calls only its own methods and those of the
layers below it: state, classes, functions, dispatch, tasks, durable, following,
and the walker on top."""
