// An uncaught custom error class keeps its name in the report.
class ValidationError extends Error {
  constructor(message) { super(message); this.name = 'ValidationError'; }
}
console.log('validating');
throw new ValidationError('field "age" must be positive');
